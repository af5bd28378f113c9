import type Database from 'better-sqlite3'
import type { ReadableDb } from './handles'

const cache = new WeakMap<ReadableDb, Map<string, Database.Statement>>()

/** A prepared statement, compiled once per connection: repositories stay plain functions. */
export function prepared(db: ReadableDb, sql: string): Database.Statement {
  let byText = cache.get(db)
  if (!byText) cache.set(db, (byText = new Map()))
  let statement = byText.get(sql)
  if (!statement) byText.set(sql, (statement = db.prepare(sql)))
  return statement
}

export function nowIso(): string {
  return new Date().toISOString()
}

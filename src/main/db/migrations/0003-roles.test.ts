import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import type { WritableDb } from '../handles'
import { migrate } from '../migrate'
import { migration0001 } from './0001-initial'
import { migration0002 } from './0002-learning'
import { migration0003 } from './0003-roles'

const UP_TO_3 = [migration0001, migration0002, migration0003]

function withData(migrations: typeof UP_TO_3, userName?: string): WritableDb {
  const db = new Database(':memory:') as WritableDb
  db.pragma('foreign_keys = ON')
  migrate(db, migrations)
  db.prepare(
    `INSERT INTO documents (id, sha256, file_name, stored_name, mime, size_bytes, status, created_at, updated_at)
     VALUES (1, 'abc', 'a.pdf', 'abc.pdf', 'application/pdf', 10, 'to_review', 'now', 'now')`,
  ).run()
  if (userName) {
    db.prepare("INSERT INTO settings (key, value) VALUES ('app', ?)").run(JSON.stringify({ userName }))
  }
  return db
}

describe('migration 0003 (roles)', () => {
  it('applies on a version-2 database with data: documents start in the first stage', () => {
    const db = withData([migration0001, migration0002], 'Anna Keller')
    migrate(db, UP_TO_3)
    expect(db.pragma('user_version', { simple: true })).toBe(3)
    expect(db.prepare('SELECT id, status, review_stage FROM documents').all()).toEqual([
      { id: 1, status: 'to_review', review_stage: 'first' },
    ])
    expect(() => db.prepare("UPDATE documents SET review_stage = 'third'").run()).toThrow(/CHECK/)
  })

  it('makes the person already using Recto a supervisor, so nobody loses reopen', () => {
    const db = withData([migration0001], 'Anna Keller')
    migrate(db, UP_TO_3)
    expect(db.prepare('SELECT name, role FROM profiles').all()).toEqual([{ name: 'Anna Keller', role: 'supervisor' }])
    expect(() => db.prepare("INSERT INTO profiles (name, role, created_at) VALUES ('Anna Keller', 'clerk', 'x')").run())
      .toThrow(/UNIQUE/)
    expect(() => db.prepare("INSERT INTO profiles (name, role, created_at) VALUES ('Ben', 'boss', 'x')").run())
      .toThrow(/CHECK/)
  })

  it("seeds 'clerk' (the default user name) on a database without settings", () => {
    const db = withData([migration0001])
    migrate(db, UP_TO_3)
    expect(db.prepare('SELECT name, role FROM profiles').all()).toEqual([{ name: 'clerk', role: 'supervisor' }])
  })

  it('is idempotent, and the audit filters by user use the new index', () => {
    const db = withData([migration0001, migration0002])
    migrate(db, UP_TO_3)
    const schema = () => db.prepare('SELECT name, sql FROM sqlite_master ORDER BY name').all()
    const before = schema()
    migrate(db, UP_TO_3)
    expect(schema()).toEqual(before)
    const plan = db.prepare("EXPLAIN QUERY PLAN SELECT * FROM edits WHERE user = 'x' ORDER BY id DESC").all() as {
      detail: string
    }[]
    expect(plan.map((p) => p.detail).join(' ')).toMatch(/USING (COVERING )?INDEX edits_by_user/)
  })
})

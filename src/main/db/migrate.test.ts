import Database from 'better-sqlite3'
import { mkdtempSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import type { WritableDb } from './handles'
import { migrate } from './migrate'
import { MIGRATIONS } from './migrations'
import { openDatabase } from './open'

const tempDb = () => path.join(mkdtempSync(path.join(os.tmpdir(), 'recto-db-')), 'recto.db')

describe('migrate', () => {
  it('creates the schema, sets user_version and records each migration', () => {
    const db = openDatabase(tempDb())
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length)
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]
    expect(tables.map((t) => t.name)).toEqual(
      expect.arrayContaining(['documents', 'pages', 'words', 'fields', 'edits', 'settings', 'attachments']),
    )
    expect(db.prepare('SELECT count(*) AS n FROM schema_migrations').get()).toEqual({ n: MIGRATIONS.length })
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal')
    db.close()
  })

  it('is idempotent: reopening applies nothing twice', () => {
    const file = tempDb()
    openDatabase(file).close()
    const db = openDatabase(file)
    expect(db.prepare('SELECT count(*) AS n FROM schema_migrations').get()).toEqual({ n: MIGRATIONS.length })
    db.close()
  })

  it('refuses a database written by a newer Recto, naming both versions', () => {
    const file = tempDb()
    const raw = new Database(file)
    raw.pragma('user_version = 999')
    raw.close()
    expect(() => openDatabase(file)).toThrow(/newer version of Recto \(schema 999; this version knows \d+\)/)
  })

  it('rolls back every step when one migration fails', () => {
    const db = new Database(':memory:') as WritableDb
    const broken = [
      ...MIGRATIONS,
      { version: MIGRATIONS.length + 1, name: 'broken', source: 'x', up: (d: WritableDb) => d.exec('CREATE TABLE nope (') },
    ]
    expect(() => migrate(db, broken)).toThrow()
    expect(db.pragma('user_version', { simple: true })).toBe(0)
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'documents'").get()).toEqual({ n: 0 })
  })

  it('fails loudly when an applied migration was edited afterwards', () => {
    const db = new Database(':memory:') as WritableDb
    migrate(db, MIGRATIONS)
    const [first, ...rest] = MIGRATIONS
    const edited = [{ ...first!, source: first!.source + '\n-- changed' }, ...rest]
    expect(() => migrate(db, edited)).toThrow(/was edited after it was applied/)
  })

  it('refuses migrations whose versions do not rise one by one', () => {
    const db = new Database(':memory:') as WritableDb
    expect(() => migrate(db, [{ ...MIGRATIONS[0]!, version: 2 }])).toThrow(/expected 1/)
  })
})

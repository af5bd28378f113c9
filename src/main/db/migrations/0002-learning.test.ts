import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import type { WritableDb } from '../handles'
import { migrate } from '../migrate'
import { migration0001 } from './0001-initial'
import { MIGRATIONS } from './index'

function atVersion1WithData(): WritableDb {
  const db = new Database(':memory:') as WritableDb
  db.pragma('foreign_keys = ON')
  migrate(db, [migration0001])
  db.prepare(
    `INSERT INTO documents (id, sha256, file_name, stored_name, mime, size_bytes, status, created_at, updated_at)
     VALUES (1, 'abc', 'a.pdf', 'abc.pdf', 'application/pdf', 10, 'validated', 'now', 'now')`,
  ).run()
  db.prepare(
    `INSERT INTO fields (document_id, key, value, raw, confidence, source) VALUES (1, 'total_amount', '1.00', '1,00', 0.9, 'text-layer')`,
  ).run()
  return db
}

describe('migration 0002 (learning)', () => {
  it('applies on a version-1 database that holds data, keeping the data', () => {
    const db = atVersion1WithData()
    migrate(db, MIGRATIONS)
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length)
    const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((t) => t.name)
    expect(tables).toEqual(
      expect.arrayContaining(['suppliers', 'supplier_keys', 'supplier_memory', 'memory_proposals', 'learning_samples', 'model_versions']),
    )
    expect(db.prepare('SELECT value FROM fields').get()).toEqual({ value: '1.00' })
    // the new tables reference the old ones
    db.prepare("INSERT INTO suppliers (id, name, created_at, updated_at) VALUES (1, 'S', 'now', 'now')").run()
    db.prepare(
      `INSERT INTO supplier_memory (supplier_id, field_key, page, page_width, page_height, x0, y0, x1, y1,
         label, relation, last_value, learned_from, updated_at)
       VALUES (1, 'total_amount', 1, 595, 842, 1, 2, 3, 4, '', 'none', '1.00', 1, 'now')`,
    ).run()
    expect(() => db.prepare("INSERT INTO learning_samples VALUES (99, 'x', '{}', 1, 'now')").run()).toThrow(/FOREIGN KEY/)
  })

  it('is idempotent: migrating again changes nothing', () => {
    const db = atVersion1WithData()
    migrate(db, MIGRATIONS)
    const schema = () => db.prepare('SELECT name, sql FROM sqlite_master ORDER BY name').all()
    const before = schema()
    migrate(db, MIGRATIONS)
    expect(schema()).toEqual(before)
    expect(db.prepare('SELECT count(*) AS n FROM schema_migrations').get()).toEqual({ n: MIGRATIONS.length })
  })

  it('looks suppliers up by key through the primary key, not a scan', () => {
    const db = atVersion1WithData()
    migrate(db, MIGRATIONS)
    const plan = db.prepare("EXPLAIN QUERY PLAN SELECT supplier_id FROM supplier_keys WHERE key = 'tax:X'").all() as { detail: string }[]
    expect(plan.map((p) => p.detail).join(' ')).toMatch(/USING PRIMARY KEY|USING INDEX/)
  })
})

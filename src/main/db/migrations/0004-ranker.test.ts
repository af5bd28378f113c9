import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import type { WritableDb } from '../handles'
import { migrate } from '../migrate'
import { activeModel } from '../../learning/modelRepository'
import { DEFAULT_RANKER_WEIGHTS } from '../../extraction/rankerFeatures'
import { migration0001 } from './0001-initial'
import { migration0002 } from './0002-learning'
import { migration0003 } from './0003-roles'
import { migration0004 } from './0004-ranker'

const UP_TO_4 = [migration0001, migration0002, migration0003, migration0004]

/** A version-3 database with a confirmed document and a confidence model trained before the ranker was. */
function atVersion3WithModel(): WritableDb {
  const db = new Database(':memory:') as WritableDb
  db.pragma('foreign_keys = ON')
  migrate(db, [migration0001, migration0002, migration0003])
  db.prepare(
    `INSERT INTO documents (id, sha256, file_name, stored_name, mime, size_bytes, status, created_at, updated_at)
     VALUES (1, 'abc', 'a.pdf', 'abc.pdf', 'application/pdf', 10, 'validated', 'now', 'now')`,
  ).run()
  db.prepare(
    `INSERT INTO model_versions (version, weights_json, training_size, metrics_json, created_at)
     VALUES ('ranker-2', '{"bias":0.7,"label":0.6}', 40, '{}', 'now')`,
  ).run()
  return db
}

describe('migration 0004 (ranker)', () => {
  it('applies on a version-3 database: a model trained before keeps ranking with the shipped weights', () => {
    const db = atVersion3WithModel()
    migrate(db, UP_TO_4)
    expect(db.pragma('user_version', { simple: true })).toBe(4)
    expect(activeModel(db)).toMatchObject({ version: 'ranker-2', weights: { bias: 0.7 }, ranker: DEFAULT_RANKER_WEIGHTS })
  })

  it('keeps one evidence row per document and one decision per confirmed field, gone with the document', () => {
    const db = atVersion3WithModel()
    migrate(db, UP_TO_4)
    db.prepare("INSERT INTO extraction_evidence VALUES (1, 'rules-1', '{}', 'now')").run()
    expect(() => db.prepare("INSERT INTO extraction_evidence VALUES (1, 'rules-1', '{}', 'now')").run()).toThrow(/UNIQUE|PRIMARY/)
    db.prepare("INSERT INTO ranker_samples VALUES (1, 'invoice_date', '[]', 1, 'now')").run()
    db.prepare("INSERT INTO ranker_samples VALUES (1, 'invoice_id', '[]', NULL, 'now')").run()
    expect(() => db.prepare("INSERT INTO ranker_samples VALUES (1, 'total_amount', '[]', -1, 'now')").run()).toThrow(/CHECK/)
    db.prepare('DELETE FROM documents WHERE id = 1').run()
    expect(db.prepare('SELECT (SELECT count(*) FROM extraction_evidence) + (SELECT count(*) FROM ranker_samples) AS n').get()).toEqual({ n: 0 })
  })

  it('is idempotent', () => {
    const db = atVersion3WithModel()
    migrate(db, UP_TO_4)
    const schema = () => db.prepare('SELECT name, sql FROM sqlite_master ORDER BY name').all()
    const before = schema()
    migrate(db, UP_TO_4)
    expect(schema()).toEqual(before)
  })
})

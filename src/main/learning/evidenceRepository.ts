import type { HeaderFieldKey } from '../../shared/fields'
import type { ReadableDb, WritableDb } from '../db/handles'
import { nowIso, prepared } from '../db/statements'
import type { ExtractionEvidence } from '../extraction/evidence'
import type { PooledValue } from '../extraction/rank'

/** What the extraction knew about each field; a reprocessed document replaces its own. */
export function saveEvidence(db: WritableDb, documentId: number, modelVersion: string, evidence: ExtractionEvidence): void {
  prepared(
    db,
    `INSERT INTO extraction_evidence (document_id, model_version, evidence_json, created_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (document_id) DO UPDATE SET model_version = excluded.model_version,
       evidence_json = excluded.evidence_json, created_at = excluded.created_at`,
  ).run(documentId, modelVersion, JSON.stringify(evidence), nowIso())
}

/** Null for documents processed before evidence was kept: they teach supplier memory only. */
export function loadEvidence(db: ReadableDb, documentId: number): ExtractionEvidence | null {
  const row = prepared(db, 'SELECT evidence_json FROM extraction_evidence WHERE document_id = ?').get(documentId) as
    | { evidence_json: string }
    | undefined
  return row ? (JSON.parse(row.evidence_json) as ExtractionEvidence) : null
}

/** One ranking decision: the values weighed, best first, and which one the clerk confirmed. */
export interface RankerSample {
  documentId: number
  field: HeaderFieldKey
  pool: PooledValue[]
  /** Index into `pool` of the final value; null when none of the weighed values was it. */
  target: number | null
}

export function replaceRankerSamples(db: WritableDb, documentId: number, samples: readonly Omit<RankerSample, 'documentId'>[]): void {
  prepared(db, 'DELETE FROM ranker_samples WHERE document_id = ?').run(documentId)
  const insert = prepared(
    db,
    'INSERT INTO ranker_samples (document_id, field_key, pool_json, target, created_at) VALUES (?, ?, ?, ?, ?)',
  )
  const at = nowIso()
  for (const s of samples) insert.run(documentId, s.field, JSON.stringify(s.pool), s.target, at)
}

export function listRankerSamples(db: ReadableDb): RankerSample[] {
  const rows = prepared(
    db,
    'SELECT document_id, field_key, pool_json, target FROM ranker_samples ORDER BY document_id, field_key',
  ).all() as { document_id: number; field_key: HeaderFieldKey; pool_json: string; target: number | null }[]
  return rows.map((r) => ({
    documentId: r.document_id,
    field: r.field_key,
    pool: JSON.parse(r.pool_json) as PooledValue[],
    target: r.target,
  }))
}

/** Confirmed documents that logged a decision of either model. */
export function countTeachingDocuments(db: ReadableDb): number {
  return (
    prepared(
      db,
      `SELECT count(*) AS n FROM (SELECT document_id FROM learning_samples
         UNION SELECT document_id FROM ranker_samples)`,
    ).get() as { n: number }
  ).n
}

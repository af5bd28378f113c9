import type { ReadableDb, WritableDb } from '../db/handles'
import { nowIso, prepared } from '../db/statements'
import type { ConfidenceFeatures } from '../extraction/confidence'
import { DEFAULT_RANKER_WEIGHTS, type RankerWeights } from '../extraction/rankerFeatures'

export type Weights = { bias: number } & ConfidenceFeatures

/** What an extraction needs of a model version: its name and both weight vectors. */
export interface TrainedModel {
  version: string
  /** The confidence model's weights. */
  weights: Weights
  /** The candidate ranker's weights. */
  ranker: RankerWeights
}

export interface ModelVersion extends TrainedModel {
  id: number
  trainingSize: number
  metrics: Record<string, number>
  createdAt: string
}

export interface Sample {
  features: ConfidenceFeatures
  right: boolean
}

/** One logged decision per confirmed field; a reconfirmed document replaces its own. */
export function replaceSamples(
  db: WritableDb,
  documentId: number,
  samples: readonly { field: string; features: ConfidenceFeatures; right: boolean }[],
): void {
  prepared(db, 'DELETE FROM learning_samples WHERE document_id = ?').run(documentId)
  const insert = prepared(
    db,
    'INSERT INTO learning_samples (document_id, field_key, features_json, right, created_at) VALUES (?, ?, ?, ?, ?)',
  )
  const at = nowIso()
  for (const s of samples) insert.run(documentId, s.field, JSON.stringify(s.features), s.right ? 1 : 0, at)
}

export function listSamples(db: ReadableDb): Sample[] {
  const rows = prepared(db, 'SELECT features_json, right FROM learning_samples ORDER BY document_id, field_key').all() as {
    features_json: string
    right: number
  }[]
  return rows.map((r) => ({ features: JSON.parse(r.features_json) as ConfidenceFeatures, right: r.right === 1 }))
}

export function countSampledDocuments(db: ReadableDb): number {
  return (prepared(db, 'SELECT count(DISTINCT document_id) AS n FROM learning_samples').get() as { n: number }).n
}

export function insertModelVersion(
  db: WritableDb,
  model: TrainedModel & { trainingSize: number; metrics: Record<string, number> },
): void {
  prepared(
    db,
    `INSERT INTO model_versions (version, weights_json, ranker_json, training_size, metrics_json, created_at)
     VALUES (?, ?, ?, ?, ?, ?)`,
  ).run(
    model.version,
    JSON.stringify(model.weights),
    JSON.stringify(model.ranker),
    model.trainingSize,
    JSON.stringify(model.metrics),
    nowIso(),
  )
}

interface ModelRow {
  id: number
  version: string
  weights_json: string
  ranker_json: string | null
  training_size: number
  metrics_json: string
  created_at: string
}

export function listModelVersions(db: ReadableDb): ModelVersion[] {
  return (prepared(db, 'SELECT * FROM model_versions ORDER BY id').all() as ModelRow[]).map(toModel)
}

/** The newest trained model, which extraction's ranking and confidences use; null while none was trained. */
export function activeModel(db: ReadableDb): ModelVersion | null {
  const row = prepared(db, 'SELECT * FROM model_versions ORDER BY id DESC LIMIT 1').get() as ModelRow | undefined
  return row ? toModel(row) : null
}

function toModel(r: ModelRow): ModelVersion {
  return {
    id: r.id,
    version: r.version,
    weights: JSON.parse(r.weights_json) as Weights,
    // versions trained before the ranker was learned ranked with the shipped weights
    ranker: r.ranker_json === null ? { ...DEFAULT_RANKER_WEIGHTS } : (JSON.parse(r.ranker_json) as RankerWeights),
    trainingSize: r.training_size,
    metrics: JSON.parse(r.metrics_json) as Record<string, number>,
    createdAt: r.created_at,
  }
}

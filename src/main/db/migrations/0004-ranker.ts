import type { Migration } from './types'

/**
 * A learned candidate ranker. Each model version stores the ranker's weights beside the
 * confidence model's; processing stores what the extraction knew about each field (the values
 * the ranker weighed, the confidence features of the chosen one), and a confirmation turns that
 * into logged ranking decisions: which of the weighed values was the clerk's final value.
 */
const sql = /* sql */ `
-- NULL for versions trained before the ranker was learned: they ranked with the shipped weights.
ALTER TABLE model_versions ADD COLUMN ranker_json TEXT;

-- Written when a document is processed (src/main/extraction/evidence.ts), read when it is
-- confirmed, so a confirmation never has to extract the document again.
CREATE TABLE extraction_evidence (
  document_id INTEGER PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
  model_version TEXT NOT NULL,
  evidence_json TEXT NOT NULL,
  created_at TEXT NOT NULL
);

-- One ranking decision per confirmed field: the values the ranker weighed, best first, and the
-- index of the one the clerk confirmed (NULL when none of them was the final value).
CREATE TABLE ranker_samples (
  document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  field_key TEXT NOT NULL,
  pool_json TEXT NOT NULL,
  target INTEGER CHECK (target IS NULL OR target >= 0),
  created_at TEXT NOT NULL,
  PRIMARY KEY (document_id, field_key)
) WITHOUT ROWID;
`

export const migration0004: Migration = {
  version: 4,
  name: 'ranker',
  source: sql,
  up: (db) => db.exec(sql),
}

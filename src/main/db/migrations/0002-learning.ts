import type { Migration } from './types'

/**
 * Learning from confirmed documents: per-supplier memory of where each field sits, the proposals
 * that memory made (to count hits and misses once the clerk confirms), the logged decisions the
 * confidence model is retrained from, and every model version that was trained.
 */
const sql = /* sql */ `
CREATE TABLE suppliers (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

-- How a supplier is recognised: 'tax:DE123456789', 'iban:DE89…', 'name:kranichsteg feinmechanik'.
CREATE TABLE supplier_keys (
  key TEXT PRIMARY KEY,
  supplier_id INTEGER NOT NULL REFERENCES suppliers (id) ON DELETE CASCADE
) WITHOUT ROWID;
CREATE INDEX supplier_keys_by_supplier ON supplier_keys (supplier_id);

-- Where a field was on the supplier's last confirmed document; boxes in PDF points.
CREATE TABLE supplier_memory (
  id INTEGER PRIMARY KEY,
  supplier_id INTEGER NOT NULL REFERENCES suppliers (id) ON DELETE CASCADE,
  field_key TEXT NOT NULL,
  page INTEGER NOT NULL,
  page_width REAL NOT NULL,
  page_height REAL NOT NULL,
  x0 REAL NOT NULL, y0 REAL NOT NULL, x1 REAL NOT NULL, y1 REAL NOT NULL,
  -- the words left of (relation 'left') or above ('above') the value; '' and 'none' when none
  label TEXT NOT NULL,
  relation TEXT NOT NULL CHECK (relation IN ('left', 'above', 'none')),
  lx0 REAL, ly0 REAL, lx1 REAL, ly1 REAL,
  last_value TEXT NOT NULL,
  hits INTEGER NOT NULL DEFAULT 0,
  misses INTEGER NOT NULL DEFAULT 0,
  learned_from INTEGER REFERENCES documents (id) ON DELETE SET NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (supplier_id, field_key)
);

-- What memory proposed for a document; scored (hit or miss) and removed when it is confirmed.
CREATE TABLE memory_proposals (
  document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  memory_id INTEGER NOT NULL REFERENCES supplier_memory (id) ON DELETE CASCADE,
  field_key TEXT NOT NULL,
  value TEXT NOT NULL,
  PRIMARY KEY (document_id, field_key)
) WITHOUT ROWID;

-- One logged decision per confirmed field: the confidence features of the rules' value and
-- whether the clerk kept it. The confidence model is retrained from these.
CREATE TABLE learning_samples (
  document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  field_key TEXT NOT NULL,
  features_json TEXT NOT NULL,
  right INTEGER NOT NULL CHECK (right IN (0, 1)),
  created_at TEXT NOT NULL,
  PRIMARY KEY (document_id, field_key)
) WITHOUT ROWID;

CREATE TABLE model_versions (
  id INTEGER PRIMARY KEY,
  version TEXT NOT NULL UNIQUE,
  weights_json TEXT NOT NULL,
  training_size INTEGER NOT NULL,
  metrics_json TEXT NOT NULL,
  created_at TEXT NOT NULL
);
`

export const migration0002: Migration = {
  version: 2,
  name: 'learning',
  source: sql,
  up: (db) => db.exec(sql),
}

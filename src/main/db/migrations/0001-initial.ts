import type { Migration } from './types'

const sql = /* sql */ `
CREATE TABLE documents (
  id INTEGER PRIMARY KEY,
  sha256 TEXT NOT NULL UNIQUE,
  file_name TEXT NOT NULL,
  original_path TEXT,
  stored_name TEXT NOT NULL,
  mime TEXT NOT NULL,
  size_bytes INTEGER NOT NULL,
  page_count INTEGER NOT NULL DEFAULT 0,
  status TEXT NOT NULL CHECK (status IN
    ('queued', 'processing', 'failed', 'to_review', 'auto_approved', 'validated', 'rejected')),
  error_code TEXT,
  error TEXT,
  reject_reason TEXT,
  model_version TEXT,
  checks_json TEXT NOT NULL DEFAULT '[]',
  -- fields a person still has to look at; kept current by services/reviewFlags.ts
  flagged_count INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  processed_at TEXT,
  decided_at TEXT
);
CREATE INDEX documents_by_status ON documents (status, created_at);

CREATE TABLE pages (
  document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  page INTEGER NOT NULL,
  width REAL NOT NULL,
  height REAL NOT NULL,
  rotation INTEGER NOT NULL DEFAULT 0,
  source TEXT NOT NULL CHECK (source IN ('text-layer', 'ocr')),
  PRIMARY KEY (document_id, page)
) WITHOUT ROWID;

CREATE TABLE words (
  document_id INTEGER NOT NULL,
  page INTEGER NOT NULL,
  seq INTEGER NOT NULL,
  text TEXT NOT NULL,
  x0 REAL NOT NULL, y0 REAL NOT NULL, x1 REAL NOT NULL, y1 REAL NOT NULL,
  confidence REAL NOT NULL,
  source TEXT NOT NULL CHECK (source IN ('text-layer', 'ocr')),
  PRIMARY KEY (document_id, page, seq),
  FOREIGN KEY (document_id, page) REFERENCES pages (document_id, page) ON DELETE CASCADE
) WITHOUT ROWID;

CREATE TABLE attachments (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  mime TEXT NOT NULL,
  content BLOB NOT NULL
);

-- line 0 holds header fields; line n >= 1 the cells of line item n.
CREATE TABLE fields (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  line INTEGER NOT NULL DEFAULT 0,
  key TEXT NOT NULL,
  value TEXT NOT NULL,
  raw TEXT NOT NULL,
  confidence REAL NOT NULL,
  page INTEGER NOT NULL DEFAULT 1,
  x0 REAL, y0 REAL, x1 REAL, y1 REAL,
  source TEXT NOT NULL CHECK (source IN ('text-layer', 'ocr', 'e-invoice', 'learned', 'manual')),
  status TEXT NOT NULL DEFAULT 'extracted' CHECK (status IN ('extracted', 'accepted', 'corrected')),
  needs_review INTEGER NOT NULL DEFAULT 0,
  extracted_value TEXT,
  extracted_confidence REAL,
  model_version TEXT,
  UNIQUE (document_id, line, key)
);

-- Append-only: every human decision, hash-chained so that tampering shows.
CREATE TABLE edits (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents (id),
  action TEXT NOT NULL CHECK (action IN
    ('correct', 'accept', 'confirm', 'reject', 'reopen', 'add_line', 'delete_line', 'comment')),
  field_key TEXT,
  line INTEGER,
  page INTEGER,
  old_value TEXT,
  new_value TEXT,
  old_confidence REAL,
  old_source TEXT,
  bbox TEXT,
  user TEXT NOT NULL,
  at TEXT NOT NULL,
  app_version TEXT NOT NULL,
  model_version TEXT,
  prev_hash TEXT NOT NULL,
  hash TEXT NOT NULL UNIQUE
);
CREATE INDEX edits_by_document ON edits (document_id, id);
CREATE TRIGGER edits_refuse_update BEFORE UPDATE ON edits
BEGIN SELECT RAISE(ABORT, 'the edit log is append-only'); END;
CREATE TRIGGER edits_refuse_delete BEFORE DELETE ON edits
BEGIN SELECT RAISE(ABORT, 'the edit log is append-only'); END;

CREATE TABLE settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
`

export const migration0001: Migration = {
  version: 1,
  name: 'initial',
  source: sql,
  up: (db) => db.exec(sql),
}

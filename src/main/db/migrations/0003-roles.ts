import type { Migration } from './types'

/**
 * Local profiles with roles, and the second review stage of the four-eyes rule. The profile named
 * in the settings (the person who used Recto before profiles existed, or 'clerk' on a new
 * database) becomes a supervisor: an upgrade must not take away the reopen they already had, and
 * somebody must be able to hand out roles.
 */
const sql = /* sql */ `
CREATE TABLE profiles (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  role TEXT NOT NULL CHECK (role IN ('clerk', 'reviewer', 'supervisor')),
  created_at TEXT NOT NULL
);

INSERT INTO profiles (name, role, created_at)
SELECT coalesce(
    (SELECT nullif(trim(json_extract(value, '$.userName')), '') FROM settings
      WHERE key = 'app' AND json_valid(value)),
    'clerk'),
  'supervisor', strftime('%Y-%m-%dT%H:%M:%fZ', 'now');

-- 'second': a clerk confirmed; a different reviewer must confirm before it is validated.
ALTER TABLE documents ADD COLUMN review_stage TEXT NOT NULL DEFAULT 'first'
  CHECK (review_stage IN ('first', 'second'));
CREATE INDEX documents_by_stage ON documents (review_stage) WHERE review_stage = 'second';

-- The audit view filters the whole log by user and by time.
CREATE INDEX edits_by_user ON edits (user, id);
CREATE INDEX edits_by_time ON edits (at);
`

export const migration0003: Migration = {
  version: 3,
  name: 'roles',
  source: sql,
  up: (db) => db.exec(sql),
}

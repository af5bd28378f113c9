import { createHash } from 'node:crypto'
import type { EditAction, EditRow } from '../../../shared/documents'
import type { BBox } from '../../../shared/fields'
import type { ReadableDb, WritableDb } from '../handles'
import { nowIso, prepared } from '../statements'

export interface NewEdit {
  documentId: number
  action: EditAction
  fieldKey?: string | null
  line?: number | null
  page?: number | null
  oldValue?: string | null
  newValue?: string | null
  oldConfidence?: number | null
  oldSource?: string | null
  bbox?: BBox | null
  user: string
  appVersion: string
  modelVersion?: string | null
}

const GENESIS = '0'.repeat(64)

/**
 * Appends one row to the edit log. Each row's hash covers its content and the previous row's
 * hash, so changing or removing any row breaks every hash after it (see verifyEditChain).
 */
export function appendEdit(db: WritableDb, edit: NewEdit): EditRow {
  const last = prepared(db, 'SELECT hash FROM edits ORDER BY id DESC LIMIT 1').get() as
    | { hash: string }
    | undefined
  const prevHash = last?.hash ?? GENESIS
  const content = {
    documentId: edit.documentId,
    action: edit.action,
    fieldKey: edit.fieldKey ?? null,
    line: edit.line ?? null,
    page: edit.page ?? null,
    oldValue: edit.oldValue ?? null,
    newValue: edit.newValue ?? null,
    oldConfidence: edit.oldConfidence ?? null,
    oldSource: edit.oldSource ?? null,
    bbox: edit.bbox ?? null,
    user: edit.user,
    at: nowIso(),
    appVersion: edit.appVersion,
    modelVersion: edit.modelVersion ?? null,
  }
  const hash = hashEdit(prevHash, content)
  const result = prepared(
    db,
    `INSERT INTO edits (document_id, action, field_key, line, page, old_value, new_value,
       old_confidence, old_source, bbox, user, at, app_version, model_version, prev_hash, hash)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    content.documentId,
    content.action,
    content.fieldKey,
    content.line,
    content.page,
    content.oldValue,
    content.newValue,
    content.oldConfidence,
    content.oldSource,
    content.bbox ? JSON.stringify(content.bbox) : null,
    content.user,
    content.at,
    content.appVersion,
    content.modelVersion,
    prevHash,
    hash,
  )
  return { id: Number(result.lastInsertRowid), ...content, hash }
}

/** An `edits` row as SQLite returns it; shared by every query that reads the log. */
export interface EditDbRow {
  id: number
  document_id: number
  action: EditAction
  field_key: string | null
  line: number | null
  page: number | null
  old_value: string | null
  new_value: string | null
  old_confidence: number | null
  old_source: string | null
  bbox: string | null
  user: string
  at: string
  app_version: string
  model_version: string | null
  prev_hash: string
  hash: string
}

export function listEdits(
  db: ReadableDb,
  filter: { documentId?: number; action?: EditAction; limit?: number } = {},
): EditRow[] {
  const rows = prepared(
    db,
    `SELECT * FROM edits WHERE (@documentId IS NULL OR document_id = @documentId)
       AND (@action IS NULL OR action = @action) ORDER BY id LIMIT @limit`,
  ).all({
    documentId: filter.documentId ?? null,
    action: filter.action ?? null,
    limit: filter.limit ?? -1,
  }) as EditDbRow[]
  return rows.map(toEditRow)
}

/** Walks the chain from the first row; names the first row whose hash does not hold. */
export function verifyEditChain(db: ReadableDb): { ok: true; rows: number } | { ok: false; badRowId: number; rows: number } {
  let prevHash = GENESIS
  let rows = 0
  for (const row of prepared(db, 'SELECT * FROM edits ORDER BY id').iterate() as Iterable<EditDbRow>) {
    rows++
    const { hash, ...content } = toEditRow(row)
    const { id: _id, ...hashed } = content
    if (row.prev_hash !== prevHash || hashEdit(prevHash, hashed) !== hash) {
      return { ok: false, badRowId: row.id, rows }
    }
    prevHash = hash
  }
  return { ok: true, rows }
}

function hashEdit(prevHash: string, content: Omit<EditRow, 'id' | 'hash'>): string {
  return createHash('sha256').update(prevHash).update(JSON.stringify(content)).digest('hex')
}

export function toEditRow(row: EditDbRow): EditRow {
  return {
    id: row.id,
    documentId: row.document_id,
    action: row.action,
    fieldKey: row.field_key,
    line: row.line,
    page: row.page,
    oldValue: row.old_value,
    newValue: row.new_value,
    oldConfidence: row.old_confidence,
    oldSource: row.old_source,
    bbox: row.bbox ? (JSON.parse(row.bbox) as BBox) : null,
    user: row.user,
    at: row.at,
    appVersion: row.app_version,
    modelVersion: row.model_version,
    hash: row.hash,
  }
}

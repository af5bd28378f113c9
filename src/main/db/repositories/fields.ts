import type { FieldState, FieldStatus } from '../../../shared/documents'
import type { BBox, ExtractedField, FieldSource } from '../../../shared/fields'
import type { ReadableDb, WritableDb } from '../handles'
import { prepared } from '../statements'

/** A `fields` row as SQLite returns it; the export reads the same columns plus a few. */
export interface FieldRow {
  key: FieldState['key']
  line: number
  value: string
  raw: string
  confidence: number
  page: number
  x0: number | null
  y0: number | null
  x1: number | null
  y1: number | null
  source: FieldSource
  status: FieldStatus
  needs_review: number
}

/** Replaces the extractor's output for a document (a reprocess keeps nothing stale). */
export function replaceExtractedFields(
  db: WritableDb,
  documentId: number,
  cells: { line: number; key: string; field: ExtractedField }[],
  modelVersion: string,
): void {
  prepared(db, 'DELETE FROM fields WHERE document_id = ?').run(documentId)
  const insert = prepared(
    db,
    `INSERT INTO fields (document_id, line, key, value, raw, confidence, page, x0, y0, x1, y1, source,
       extracted_value, extracted_confidence, model_version)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  )
  for (const { line, key, field } of cells) {
    const [x0, y0, x1, y1] = field.bbox ?? [null, null, null, null]
    // A confidence that is not a number must not slip through as "certain": it counts as none.
    const confidence = Number.isFinite(field.confidence) ? Math.min(1, Math.max(0, field.confidence)) : 0
    insert.run(documentId, line, key, field.value, field.raw, confidence, field.page,
      x0, y0, x1, y1, field.source, field.value, confidence, modelVersion)
  }
}

export function listFields(db: ReadableDb, documentId: number): FieldState[] {
  const rows = prepared(
    db,
    `SELECT key, line, value, raw, confidence, page, x0, y0, x1, y1, source, status, needs_review
     FROM fields WHERE document_id = ? ORDER BY line, id`,
  ).all(documentId) as FieldRow[]
  return rows.map(toFieldState)
}

export function getField(
  db: ReadableDb,
  documentId: number,
  line: number,
  key: string,
): FieldState | undefined {
  const row = prepared(
    db,
    `SELECT key, line, value, raw, confidence, page, x0, y0, x1, y1, source, status, needs_review
     FROM fields WHERE document_id = ? AND line = ? AND key = ?`,
  ).get(documentId, line, key) as FieldRow | undefined
  return row && toFieldState(row)
}

/** A person's value: confidence 1, the box it came from, status corrected. */
export function writeCorrection(
  db: WritableDb,
  documentId: number,
  line: number,
  key: string,
  next: { value: string; raw: string; page: number; bbox: BBox | null; source: FieldSource },
): void {
  const [x0, y0, x1, y1] = next.bbox ?? [null, null, null, null]
  prepared(
    db,
    `INSERT INTO fields (document_id, line, key, value, raw, confidence, page, x0, y0, x1, y1, source, status)
     VALUES (?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?, 'corrected')
     ON CONFLICT (document_id, line, key) DO UPDATE SET value = excluded.value, raw = excluded.raw,
       confidence = 1, page = excluded.page, x0 = excluded.x0, y0 = excluded.y0, x1 = excluded.x1,
       y1 = excluded.y1, source = excluded.source, status = 'corrected'`,
  ).run(documentId, line, key, next.value, next.raw, next.page, x0, y0, x1, y1, next.source)
}

export function markAccepted(db: WritableDb, documentId: number, line: number, key: string): void {
  prepared(
    db,
    `UPDATE fields SET status = 'accepted' WHERE document_id = ? AND line = ? AND key = ?
       AND status = 'extracted'`,
  ).run(documentId, line, key)
}

export function setNeedsReview(
  db: WritableDb,
  documentId: number,
  flags: { line: number; key: string; needsReview: boolean }[],
): void {
  const update = prepared(
    db,
    'UPDATE fields SET needs_review = ? WHERE document_id = ? AND line = ? AND key = ?',
  )
  for (const f of flags) update.run(f.needsReview ? 1 : 0, documentId, f.line, f.key)
}

export function deleteLine(db: WritableDb, documentId: number, line: number): void {
  prepared(db, 'DELETE FROM fields WHERE document_id = ? AND line = ?').run(documentId, line)
  // Renumber the rows after it so line numbers stay 1..n.
  prepared(db, 'UPDATE fields SET line = line - 1 WHERE document_id = ? AND line > ?').run(
    documentId,
    line,
  )
}

export function maxLine(db: ReadableDb, documentId: number): number {
  const row = prepared(db, 'SELECT max(line) AS n FROM fields WHERE document_id = ?').get(documentId) as {
    n: number | null
  }
  return row.n ?? 0
}

function toFieldState(row: FieldRow): FieldState {
  const bbox: BBox | null =
    row.x0 === null || row.y0 === null || row.x1 === null || row.y1 === null
      ? null
      : [row.x0, row.y0, row.x1, row.y1]
  return {
    key: row.key,
    line: row.line,
    value: row.value,
    raw: row.raw,
    confidence: row.confidence,
    page: row.page,
    bbox,
    source: row.source,
    status: row.status,
    needsReview: row.needs_review === 1,
  }
}

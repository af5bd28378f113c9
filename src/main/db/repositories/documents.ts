import type { DocumentStatus, DocumentSummary, ReviewStage } from '../../../shared/documents'
import type { Check } from '../../../shared/fields'
import type { ReadableDb, WritableDb } from '../handles'
import { nowIso, prepared } from '../statements'

export interface DocumentRow {
  id: number
  sha256: string
  file_name: string
  original_path: string | null
  stored_name: string
  mime: string
  size_bytes: number
  page_count: number
  status: DocumentStatus
  review_stage: ReviewStage
  error_code: string | null
  error: string | null
  reject_reason: string | null
  model_version: string | null
  checks_json: string
  flagged_count: number
  created_at: string
  updated_at: string
}

export interface NewDocument {
  sha256: string
  fileName: string
  originalPath: string | null
  storedName: string
  mime: string
  sizeBytes: number
}

export function insertDocument(db: WritableDb, doc: NewDocument): number {
  const at = nowIso()
  const result = prepared(
    db,
    `INSERT INTO documents (sha256, file_name, original_path, stored_name, mime, size_bytes, status,
       created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, 'queued', ?, ?)`,
  ).run(doc.sha256, doc.fileName, doc.originalPath, doc.storedName, doc.mime, doc.sizeBytes, at, at)
  return Number(result.lastInsertRowid)
}

export function findDocumentBySha(db: ReadableDb, sha256: string): DocumentRow | undefined {
  return prepared(db, 'SELECT * FROM documents WHERE sha256 = ?').get(sha256) as DocumentRow | undefined
}

export function getDocumentRow(db: ReadableDb, id: number): DocumentRow | undefined {
  return prepared(db, 'SELECT * FROM documents WHERE id = ?').get(id) as DocumentRow | undefined
}

export function countDocuments(db: ReadableDb): number {
  return (prepared(db, 'SELECT count(*) AS n FROM documents').get() as { n: number }).n
}

export function setStatus(
  db: WritableDb,
  id: number,
  status: DocumentStatus,
  extra: { errorCode?: string | null; error?: string | null; rejectReason?: string | null } = {},
): void {
  const decided = status === 'validated' || status === 'rejected' || status === 'auto_approved'
  prepared(
    db,
    `UPDATE documents SET status = ?, error_code = ?, error = ?, reject_reason = ?, updated_at = ?,
       decided_at = CASE WHEN ? THEN ? ELSE decided_at END WHERE id = ?`,
  ).run(
    status,
    extra.errorCode ?? null,
    extra.error ?? null,
    extra.rejectReason ?? null,
    nowIso(),
    decided ? 1 : 0,
    nowIso(),
    id,
  )
}

export function setReviewStage(db: WritableDb, id: number, stage: ReviewStage): void {
  prepared(db, 'UPDATE documents SET review_stage = ?, updated_at = ? WHERE id = ?').run(
    stage,
    nowIso(),
    id,
  )
}

export function saveProcessingResult(
  db: WritableDb,
  id: number,
  result: { mime: string; pageCount: number; modelVersion: string; checks: Check[]; status: DocumentStatus },
): void {
  const at = nowIso()
  prepared(
    db,
    `UPDATE documents SET mime = ?, page_count = ?, model_version = ?, checks_json = ?, status = ?,
       error_code = NULL, error = NULL, processed_at = ?, updated_at = ?,
       decided_at = CASE WHEN ? = 'auto_approved' THEN ? ELSE decided_at END WHERE id = ?`,
  ).run(
    result.mime,
    result.pageCount,
    result.modelVersion,
    JSON.stringify(result.checks),
    result.status,
    at,
    at,
    result.status,
    at,
    id,
  )
}

export function setFlaggedCount(db: WritableDb, id: number, flaggedCount: number): void {
  prepared(db, 'UPDATE documents SET flagged_count = ? WHERE id = ?').run(flaggedCount, id)
}

/** Documents waiting for processing, oldest first (after a crash, too). */
export function pendingDocumentIds(db: ReadableDb): number[] {
  return (
    prepared(db, `SELECT id FROM documents WHERE status IN ('queued', 'processing') ORDER BY id`).all() as {
      id: number
    }[]
  ).map((r) => r.id)
}

/**
 * The oldest document still waiting for a person, after `afterId` when given. A clerk passes
 * `secondStage: false`: documents awaiting a reviewer are not theirs to open next.
 */
export function nextToReview(
  db: ReadableDb,
  afterId: number,
  options: { secondStage?: boolean } = {},
): number | null {
  const row = (prepared(
    db,
    `SELECT id FROM documents WHERE status = 'to_review' AND id <> ?
       AND (? OR review_stage = 'first')
       ORDER BY (id < ?) , id LIMIT 1`,
  ).get(afterId, options.secondStage === false ? 0 : 1, afterId) ?? null) as { id: number } | null
  return row?.id ?? null
}

interface SummaryRow extends DocumentRow {
  supplier_name: string | null
  invoice_id: string | null
  total_amount: string | null
  currency: string | null
  min_confidence: number | null
}

const SUMMARY_SQL = `
SELECT d.*,
  (SELECT value FROM fields f WHERE f.document_id = d.id AND f.line = 0 AND f.key = 'supplier_name') AS supplier_name,
  (SELECT value FROM fields f WHERE f.document_id = d.id AND f.line = 0 AND f.key = 'invoice_id') AS invoice_id,
  (SELECT value FROM fields f WHERE f.document_id = d.id AND f.line = 0 AND f.key = 'total_amount') AS total_amount,
  (SELECT value FROM fields f WHERE f.document_id = d.id AND f.line = 0 AND f.key = 'currency') AS currency,
  (SELECT min(confidence) FROM fields f WHERE f.document_id = d.id AND f.status = 'extracted') AS min_confidence
FROM documents d`

/** Queue rows, with the header values a clerk scans the queue by. */
export function listSummaryRows(db: ReadableDb, where = '', params: unknown[] = []): SummaryRow[] {
  return prepared(db, `${SUMMARY_SQL} ${where} ORDER BY d.id`).all(...params) as SummaryRow[]
}

export function toSummary(row: SummaryRow): DocumentSummary {
  return {
    id: row.id,
    sha256: row.sha256,
    fileName: row.file_name,
    mime: row.mime,
    status: row.status,
    reviewStage: row.review_stage,
    error: row.error,
    pageCount: row.page_count,
    supplierName: row.supplier_name,
    invoiceId: row.invoice_id,
    totalAmount: row.total_amount,
    currency: row.currency,
    flaggedCount: row.flagged_count,
    minConfidence: row.min_confidence,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }
}

export type { SummaryRow }

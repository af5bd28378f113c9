import type { DocumentStatus, EditRow } from '../../shared/documents'
import type { PageWords, Word } from '../../shared/words'
import type { ReadableDb } from '../db/handles'
import type { DocumentRow } from '../db/repositories/documents'
import { toEditRow } from '../db/repositories/edits'
import type { FieldRow } from '../db/repositories/fields'
import type { EditDbRow } from '../db/repositories/edits'
import { prepared } from '../db/statements'
import type { ExportField } from './types'

/*
 * Read-only queries of the export, each one indexed statement per document (listEdits filters
 * with `@documentId IS NULL OR …`, which SQLite cannot serve from edits_by_document; at 10,000
 * documents that is a full scan each).
 */

export interface CandidateRow {
  id: number
  sha256: string
  status: DocumentStatus
  created_at: string
  invoice_date: string | null
  supplier_name: string | null
}

export function listExportCandidates(db: ReadableDb, statuses: readonly DocumentStatus[]): CandidateRow[] {
  if (statuses.length === 0) return []
  return prepared(
    db,
    `SELECT d.id, d.sha256, d.status, d.created_at,
       (SELECT value FROM fields f WHERE f.document_id = d.id AND f.line = 0 AND f.key = 'invoice_date') AS invoice_date,
       (SELECT value FROM fields f WHERE f.document_id = d.id AND f.line = 0 AND f.key = 'supplier_name') AS supplier_name
     FROM documents d WHERE d.status IN (SELECT value FROM json_each(?)) ORDER BY d.id`,
  ).all(JSON.stringify(statuses)) as CandidateRow[]
}

export function exportDocumentRow(db: ReadableDb, id: number): DocumentRow | undefined {
  return prepared(db, 'SELECT * FROM documents WHERE id = ?').get(id) as DocumentRow | undefined
}

type WordDbRow = [page: number, text: string, x0: number, y0: number, x1: number, y1: number, confidence: number, source: Word['source']]

/** Pages with their words; rows come back as arrays (raw), which halves the cost at 1.5 M words. */
export function exportPages(db: ReadableDb, documentId: number, withWords = true): PageWords[] {
  const pages = (
    prepared(db, 'SELECT page, width, height, rotation, source FROM pages WHERE document_id = ? ORDER BY page').all(
      documentId,
    ) as Omit<PageWords, 'words'>[]
  ).map((p): PageWords => ({ ...p, words: [] }))
  if (!withWords) return pages
  const byPage = new Map(pages.map((p) => [p.page, p.words]))
  const words = prepared(
    db,
    'SELECT page, text, x0, y0, x1, y1, confidence, source FROM words WHERE document_id = ? ORDER BY page, seq',
  )
    .raw(true)
    .all(documentId) as WordDbRow[]
  let current: Word[] | undefined
  let currentPage = -1
  for (const [page, text, x0, y0, x1, y1, confidence, source] of words) {
    if (page !== currentPage) {
      currentPage = page
      current = byPage.get(page)
    }
    current?.push({ text, bbox: [x0, y0, x1, y1], confidence, source })
  }
  return pages
}

interface FieldDbRow extends Omit<FieldRow, 'needs_review'> {
  extracted_value: string | null
  extracted_confidence: number | null
  model_version: string | null
}

export function exportFields(db: ReadableDb, documentId: number): ExportField[] {
  const rows = prepared(
    db,
    `SELECT key, line, value, raw, confidence, page, x0, y0, x1, y1, source, status, extracted_value,
       extracted_confidence, model_version FROM fields WHERE document_id = ? ORDER BY line, id`,
  ).all(documentId) as FieldDbRow[]
  return rows.map((r) => ({
    key: r.key,
    line: r.line,
    value: r.value,
    raw: r.raw,
    page: r.page,
    bbox: r.x0 === null || r.y0 === null || r.x1 === null || r.y1 === null ? null : [r.x0, r.y0, r.x1, r.y1],
    source: r.source,
    status: r.status,
    confidence: r.confidence,
    extractedValue: r.extracted_value,
    extractedConfidence: r.extracted_confidence,
    modelVersion: r.model_version,
  }))
}


export function exportEdits(db: ReadableDb, documentId: number): EditRow[] {
  const rows = prepared(db, 'SELECT * FROM edits WHERE document_id = ? ORDER BY id').all(documentId) as EditDbRow[]
  return rows.map(toEditRow)
}

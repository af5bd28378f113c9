import type { DocumentStatus, FieldStatus } from '../../shared/documents'
import type { FieldSource } from '../../shared/fields'
import type { WordSource } from '../../shared/words'
import type { ReadableDb } from '../db/handles'
import type { EditDbRow } from '../db/repositories/edits'
import { prepared } from '../db/statements'

/*
 * Read-only queries of the export. Apart from the candidate list, each reads one table for a
 * whole batch of documents (ids passed as a JSON array), ordered by document so the rows can be
 * cut into documents in one pass: at 10,000 documents, five queries per document cost more in
 * statement calls than in SQLite's work. Bulky tables come back as arrays (raw): naming the
 * columns of 1.5 M word rows costs as much as reading them.
 */

export interface CandidateRow {
  id: number
  sha256: string
  status: DocumentStatus
  created_at: string
  invoice_date: string | null
  supplier_name: string | null
  /** Rows in `pages`: sizes the batches, so a few huge documents never sit in memory together. */
  pages: number
}

export function listExportCandidates(db: ReadableDb, statuses: readonly DocumentStatus[]): CandidateRow[] {
  if (statuses.length === 0) return []
  return prepared(
    db,
    `SELECT d.id, d.sha256, d.status, d.created_at,
       (SELECT value FROM fields f WHERE f.document_id = d.id AND f.line = 0 AND f.key = 'invoice_date') AS invoice_date,
       (SELECT value FROM fields f WHERE f.document_id = d.id AND f.line = 0 AND f.key = 'supplier_name') AS supplier_name,
       (SELECT count(*) FROM pages p WHERE p.document_id = d.id) AS pages
     FROM documents d WHERE d.status IN (SELECT value FROM json_each(?)) ORDER BY d.id`,
  ).all(JSON.stringify(statuses)) as CandidateRow[]
}

const IN_BATCH = 'IN (SELECT value FROM json_each(?))'

export type DocumentDbRow = [
  id: number, sha256: string, fileName: string, mime: string, storedName: string, status: DocumentStatus,
  createdAt: string, modelVersion: string | null,
]

export function batchDocumentRows(db: ReadableDb, idsJson: string): DocumentDbRow[] {
  return prepared(
    db,
    `SELECT id, sha256, file_name, mime, stored_name, status, created_at, model_version
     FROM documents WHERE id ${IN_BATCH} ORDER BY id`,
  )
    .raw(true)
    .all(idsJson) as DocumentDbRow[]
}

export type PageDbRow = [documentId: number, page: number, width: number, height: number, rotation: number, source: WordSource]

export function batchPageRows(db: ReadableDb, idsJson: string): PageDbRow[] {
  return prepared(
    db,
    `SELECT document_id, page, width, height, rotation, source FROM pages
     WHERE document_id ${IN_BATCH} ORDER BY document_id, page`,
  )
    .raw(true)
    .all(idsJson) as PageDbRow[]
}

/** `ocr` is 1 for an OCR word, 0 for a text-layer one (the table allows no other source): a number costs no string per row. */
export type WordDbRow = [
  documentId: number, page: number, text: string, x0: number, y0: number, x1: number, y1: number,
  confidence: number, ocr: 0 | 1,
]

export function batchWordRows(db: ReadableDb, idsJson: string): WordDbRow[] {
  return prepared(
    db,
    `SELECT document_id, page, text, x0, y0, x1, y1, confidence, source = 'ocr' FROM words
     WHERE document_id ${IN_BATCH} ORDER BY document_id, page, seq`,
  )
    .raw(true)
    .all(idsJson) as WordDbRow[]
}

export type FieldDbRow = [
  documentId: number, key: string, line: number, value: string, raw: string, confidence: number, page: number,
  x0: number | null, y0: number | null, x1: number | null, y1: number | null, source: FieldSource, status: FieldStatus,
  extractedValue: string | null, extractedConfidence: number | null, modelVersion: string | null,
]

export function batchFieldRows(db: ReadableDb, idsJson: string): FieldDbRow[] {
  return prepared(
    db,
    `SELECT document_id, key, line, value, raw, confidence, page, x0, y0, x1, y1, source, status,
       extracted_value, extracted_confidence, model_version
     FROM fields WHERE document_id ${IN_BATCH} ORDER BY document_id, line, id`,
  )
    .raw(true)
    .all(idsJson) as FieldDbRow[]
}

/** Few rows (a handful per document): named, so the repository's mapping to EditRow applies. */
export function batchEditRows(db: ReadableDb, idsJson: string): EditDbRow[] {
  return prepared(db, `SELECT * FROM edits WHERE document_id ${IN_BATCH} ORDER BY document_id, id`).all(
    idsJson,
  ) as EditDbRow[]
}

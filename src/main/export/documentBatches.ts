import { RectoError } from '../../shared/errors'
import type { PageWords, Word } from '../../shared/words'
import type { ReadableDb } from '../db/handles'
import { toEditRow } from '../db/repositories/edits'
import { batchDocumentRows, batchEditRows, batchFieldRows, batchPageRows, batchWordRows } from './exportQueries'
import type { CandidateRow } from './exportQueries'
import { splitOf } from './split'
import type { SplitRatios } from './split'
import type { ExportDocument } from './types'

/**
 * Bounds of one batch. Pages, not only documents: a batch holds the words of all its documents at
 * once, and one scanned document can have thousands of pages.
 */
export interface BatchLimits {
  documents: number
  pages: number
}

// Small enough that a batch's words die young (256 documents cost a quarter more in garbage
// collection on the 10,000-document bench), large enough that statement calls stay few.
export const DEFAULT_BATCH: BatchLimits = { documents: 64, pages: 128 }

/**
 * The candidates' documents with everything the formats read, in the candidates' order, read a
 * batch at a time (one query per table and batch, in one read transaction so a batch is one
 * snapshot). `words: false` leaves the pages' words empty.
 */
export function* readDocuments(
  db: ReadableDb,
  candidates: readonly CandidateRow[],
  ratios: SplitRatios,
  options: { words: boolean; batch?: BatchLimits },
): Generator<ExportDocument> {
  for (const batch of batches(candidates, options.batch ?? DEFAULT_BATCH)) {
    yield* readBatch(db, batch, ratios, options.words)
  }
}

/** Consecutive runs of candidates within the limits (at least one document each). */
export function batches<T extends { pages: number }>(items: readonly T[], limits: BatchLimits): T[][] {
  const out: T[][] = []
  let current: T[] = []
  let pages = 0
  for (const item of items) {
    if (current.length > 0 && (current.length >= limits.documents || pages + item.pages > limits.pages)) {
      out.push(current)
      current = []
      pages = 0
    }
    current.push(item)
    pages += item.pages
  }
  if (current.length > 0) out.push(current)
  return out
}

function readBatch(db: ReadableDb, batch: readonly CandidateRow[], ratios: SplitRatios, withWords: boolean): ExportDocument[] {
  const idsJson = JSON.stringify(batch.map((c) => c.id))
  const byId = new Map<number, ExportDocument>()
  db.transaction(() => {
    for (const [id, sha256, fileName, mime, storedName, status, createdAt, modelVersion] of batchDocumentRows(db, idsJson)) {
      byId.set(id, {
        id,
        key: sha256.slice(0, 16),
        sha256,
        fileName,
        mime,
        storedName,
        status,
        createdAt,
        modelVersion,
        split: splitOf(sha256, ratios),
        pages: [],
        fields: [],
        edits: [],
        redactions: [],
      })
    }
    addPages(byId, db, idsJson, withWords)
    addFields(byId, db, idsJson)
    for (const row of batchEditRows(db, idsJson)) byId.get(row.document_id)?.edits.push(toEditRow(row))
  })()
  return batch.map((c) => {
    const doc = byId.get(c.id)
    if (!doc) throw new RectoError('not_found', `Document ${c.id} does not exist.`)
    return doc
  })
}

function addPages(byId: Map<number, ExportDocument>, db: ReadableDb, idsJson: string, withWords: boolean): void {
  // Keyed by document and page; a word row whose page has no row is dropped, as it cannot be placed.
  const pageWords = new Map<string, Word[]>()
  for (const [documentId, page, width, height, rotation, source] of batchPageRows(db, idsJson)) {
    const p: PageWords = { page, width, height, rotation, source, words: [] }
    byId.get(documentId)?.pages.push(p)
    pageWords.set(`${documentId}:${page}`, p.words)
  }
  if (!withWords) return
  let current: Word[] | undefined
  let currentDoc = -1
  let currentPage = -1
  // Rows come ordered by document and page: one map look-up per page, not per word.
  for (const [documentId, page, text, x0, y0, x1, y1, confidence, ocr] of batchWordRows(db, idsJson)) {
    if (page !== currentPage || documentId !== currentDoc) {
      currentDoc = documentId
      currentPage = page
      current = pageWords.get(`${documentId}:${page}`)
    }
    current?.push({ text, bbox: [x0, y0, x1, y1], confidence, source: ocr ? 'ocr' : 'text-layer' })
  }
}

function addFields(byId: Map<number, ExportDocument>, db: ReadableDb, idsJson: string): void {
  let fields: ExportDocument['fields'] | undefined
  let currentDoc = -1
  for (const row of batchFieldRows(db, idsJson)) {
    const [documentId, key, line, value, raw, confidence, page, x0, y0, x1, y1, source, status] = row
    if (documentId !== currentDoc) {
      currentDoc = documentId
      fields = byId.get(documentId)?.fields
    }
    fields?.push({
      key,
      line,
      value,
      raw,
      page,
      bbox: x0 === null || y0 === null || x1 === null || y1 === null ? null : [x0, y0, x1, y1],
      source,
      status,
      confidence,
      extractedValue: row[13],
      extractedConfidence: row[14],
      modelVersion: row[15],
    })
  }
}

import type { PageInfo } from '../../../shared/documents'
import type { OcrLanguage } from '../../../shared/settings'
import type { PageWords, Word } from '../../../shared/words'
import type { ReadableDb, WritableDb } from '../handles'
import { prepared } from '../statements'

/** Stores a page's words; a page read once is never read (or OCRed) again. */
export function savePage(db: WritableDb, documentId: number, page: PageWords): void {
  prepared(
    db,
    `INSERT OR REPLACE INTO pages (document_id, page, width, height, rotation, source, ocr_languages)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(documentId, page.page, page.width, page.height, page.rotation, page.source, page.ocrLanguages ?? null)
  prepared(db, 'DELETE FROM words WHERE document_id = ? AND page = ?').run(documentId, page.page)
  const insert = prepared(
    db,
    `INSERT INTO words (document_id, page, seq, text, x0, y0, x1, y1, confidence, source)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  )
  page.words.forEach((w, seq) =>
    insert.run(documentId, page.page, seq, w.text, ...w.bbox, w.confidence, w.source),
  )
}

export function listPages(db: ReadableDb, documentId: number): PageInfo[] {
  return prepared(
    db,
    'SELECT page, width, height, rotation, source FROM pages WHERE document_id = ? ORDER BY page',
  ).all(documentId) as PageInfo[]
}

interface WordRow {
  text: string
  x0: number
  y0: number
  x1: number
  y1: number
  confidence: number
  source: Word['source']
}

export function listWords(db: ReadableDb, documentId: number, page: number): Word[] {
  const rows = prepared(
    db,
    `SELECT text, x0, y0, x1, y1, confidence, source FROM words
     WHERE document_id = ? AND page = ? ORDER BY seq`,
  ).all(documentId, page) as WordRow[]
  return rows.map((r) => ({
    text: r.text,
    bbox: [r.x0, r.y0, r.x1, r.y1],
    confidence: r.confidence,
    source: r.source,
  }))
}

/** All stored pages of a document with their words, keyed by page number. */
export function loadPageWords(db: ReadableDb, documentId: number): Map<number, PageWords> {
  const pages = new Map<number, PageWords>()
  // The OCR languages decide whether a stored page may stand for a new run (see documentLanguage).
  const languages = new Map(
    (prepared(db, 'SELECT page, ocr_languages FROM pages WHERE document_id = ?').all(documentId) as {
      page: number
      ocr_languages: string | null
    }[]).map((r) => [r.page, r.ocr_languages]),
  )
  for (const info of listPages(db, documentId)) {
    const ocrLanguages = languages.get(info.page)
    pages.set(info.page, {
      ...info,
      words: listWords(db, documentId, info.page),
      ...(ocrLanguages ? { ocrLanguages } : {}),
    })
  }
  return pages
}

export function saveAttachment(
  db: WritableDb,
  documentId: number,
  attachment: { name: string; mime: string; content: Uint8Array },
): void {
  prepared(db, 'INSERT INTO attachments (document_id, name, mime, content) VALUES (?, ?, ?, ?)').run(
    documentId,
    attachment.name,
    attachment.mime,
    Buffer.from(attachment.content),
  )
}

/** The language detected from a document's words when it was processed (null: none, or not yet). */
export function readDocumentLanguage(db: ReadableDb, documentId: number): OcrLanguage | null {
  const row = prepared(db, 'SELECT language FROM documents WHERE id = ?').get(documentId) as
    | { language: OcrLanguage | null }
    | undefined
  return row?.language ?? null
}

/** The language detected from a document's words (null: none stood out). */
export function saveDocumentLanguage(db: WritableDb, documentId: number, language: string | null): void {
  prepared(db, 'UPDATE documents SET language = ? WHERE id = ?').run(language, documentId)
}

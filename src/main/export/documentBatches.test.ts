import { createHash } from 'node:crypto'
import { mkdtempSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { WritableDb } from '../db/handles'
import { openDatabase } from '../db/open'
import { insertDocument } from '../db/repositories/documents'
import { appendEdit } from '../db/repositories/edits'
import { replaceExtractedFields } from '../db/repositories/fields'
import { savePage } from '../db/repositories/pages'
import { batches, readDocuments } from './documentBatches'
import { listExportCandidates } from './exportQueries'
import { DEFAULT_SPLIT } from './split'

let db: WritableDb

/** Four documents with 2, 0, 1 and 3 pages; words, fields and edits told apart by document. */
beforeAll(() => {
  db = openDatabase(path.join(mkdtempSync(path.join(os.tmpdir(), 'recto-batches-')), 'recto.db'))
  for (const [n, pageCount] of [2, 0, 1, 3].entries()) {
    const sha256 = createHash('sha256').update(`doc ${n}`).digest('hex')
    const id = insertDocument(db, { sha256, fileName: `d${n}.pdf`, originalPath: null, storedName: `${sha256}.pdf`, mime: 'application/pdf', sizeBytes: 1 })
    for (let page = 1; page <= pageCount; page++) {
      const words = [0, 1, 2].map((i) => ({ text: `d${n}p${page}w${i}`, bbox: [i, page, i + 0.5, page + 0.25] as [number, number, number, number], confidence: 0.5 + i / 10, source: 'ocr' as const }))
      savePage(db, id, { page, width: 100 + n, height: 200, rotation: 0, source: 'ocr', words })
    }
    const field = (value: string) => ({ value, raw: value, confidence: 0.75, page: 1, bbox: n === 1 ? null : ([1, 2, 3, 4] as [number, number, number, number]), source: 'ocr' as const })
    replaceExtractedFields(db, id, [{ line: 1, key: 'amount', field: field(`a${n}`) }, { line: 0, key: 'invoice_id', field: field(`i${n}`) }], 'm1')
    for (let e = 0; e < n; e++) appendEdit(db, { documentId: id, action: 'comment', newValue: `d${n}e${e}`, user: 'u', appVersion: 't' })
  }
  db.prepare(`UPDATE documents SET status = 'validated'`).run()
})
afterAll(() => db.close())

const all = () => listExportCandidates(db, ['validated'])

describe('reading documents in batches', () => {
  it('cuts candidates into runs within the document and page limits, at least one document each', () => {
    const items = [2, 0, 1, 3, 5].map((pages, id) => ({ id, pages }))
    const ids = (limits: { documents: number; pages: number }) => batches(items, limits).map((b) => b.map((i) => i.id))
    expect(ids({ documents: 2, pages: 100 })).toEqual([[0, 1], [2, 3], [4]])
    expect(ids({ documents: 100, pages: 3 })).toEqual([[0, 1, 2], [3], [4]])
    expect(ids({ documents: 1, pages: 1 })).toEqual([[0], [1], [2], [3], [4]])
    expect(batches([], { documents: 1, pages: 1 })).toEqual([])
  })

  it('gives every document its own pages, words, fields and edits whatever the batch size', () => {
    const read = (documents: number, pages: number) => [...readDocuments(db, all(), DEFAULT_SPLIT, { words: true, batch: { documents, pages } })]
    const whole = read(100, 100)
    expect(whole.map((d) => d.pages.map((p) => p.words.length))).toEqual([[3, 3], [], [3], [3, 3, 3]])
    expect(whole.map((d) => d.fields.map((f) => f.value))).toEqual([['i0', 'a0'], ['i1', 'a1'], ['i2', 'a2'], ['i3', 'a3']])
    expect(whole.map((d) => d.edits.map((e) => e.newValue))).toEqual([[], ['d1e0'], ['d2e0', 'd2e1'], ['d3e0', 'd3e1', 'd3e2']])
    expect(whole[3]!.pages[2]!.words[1]).toEqual({ text: 'd3p3w1', bbox: [1, 3, 1.5, 3.25], confidence: 0.6, source: 'ocr' })
    expect(whole[1]!.fields[0]!.bbox).toBeNull()
    expect(read(1, 1)).toEqual(whole)
    expect(read(3, 2)).toEqual(whole)
  })

  it('follows the candidates, leaves words out on request, and fails on a document that is gone', () => {
    const [first, , third] = all()
    const docs = [...readDocuments(db, [third!, first!], DEFAULT_SPLIT, { words: false })]
    expect(docs.map((d) => d.fileName)).toEqual(['d2.pdf', 'd0.pdf'])
    expect(docs.flatMap((d) => d.pages.map((p) => p.words.length))).toEqual([0, 0, 0])
    expect(() => [...readDocuments(db, [{ ...first!, id: 999 }], DEFAULT_SPLIT, { words: true })]).toThrow(/999 does not exist/)
  })
})

import { createHash } from 'node:crypto'
import { mkdtempSync, readdirSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { WritableDb } from '../../src/main/db/handles'
import { openDatabase } from '../../src/main/db/open'
import { insertDocument, saveProcessingResult } from '../../src/main/db/repositories/documents'
import { replaceExtractedFields } from '../../src/main/db/repositories/fields'
import { savePage } from '../../src/main/db/repositories/pages'
import { exportTrainingSet } from '../../src/main/export/exportTrainingSet'

/*
 * Without page images nothing in the export awaits real work, so a cancel that arrives as an
 * event (IPC in the app, a timer here) must still get through while documents are written.
 */
const DOCUMENTS = 4000
let db: WritableDb
const tmp = () => mkdtempSync(path.join(os.tmpdir(), 'recto-export-cancel-'))

beforeAll(() => {
  db = openDatabase(path.join(tmp(), 'recto.db'))
  db.transaction(() => {
    for (let n = 0; n < DOCUMENTS; n++) {
      const sha256 = createHash('sha256').update(`cancel ${n}`).digest('hex')
      const id = insertDocument(db, { sha256, fileName: `${n}.pdf`, originalPath: null, storedName: `${sha256}.pdf`, mime: 'application/pdf', sizeBytes: 1 })
      const words = Array.from({ length: 20 }, (_, i) => ({ text: `w${i}`, bbox: [i * 20, 10, i * 20 + 15, 20] as [number, number, number, number], confidence: 1, source: 'text-layer' as const }))
      savePage(db, id, { page: 1, width: 600, height: 800, rotation: 0, source: 'text-layer', words })
      replaceExtractedFields(db, id, [{ line: 0, key: 'invoice_id', field: { value: `w3`, raw: 'w3', confidence: 0.9, page: 1, bbox: [60, 10, 75, 20], source: 'text-layer' } }], 'm1')
      saveProcessingResult(db, id, { mime: 'application/pdf', pageCount: 1, modelVersion: 'm1', checks: [], status: 'validated' })
    }
  })()
})
afterAll(() => db.close())

describe('cancelling an export without images', () => {
  it.each(['jsonl', 'funsd'] as const)('%s: a cancel sent as an event stops it part-way and leaves nothing', async (format) => {
    const controller = new AbortController()
    const out = path.join(tmp(), 'out')
    let done = 0
    const run = exportTrainingSet(db, {
      format, outDir: out, filesDir: tmp(), images: false, signal: controller.signal,
      onProgress: (p) => {
        // Sent from the event loop, like the app's cancel button over IPC.
        if (p.done === 1) setImmediate(() => controller.abort())
        done = p.done
      },
    })
    await expect(run).rejects.toThrow(/cancelled/)
    expect(done).toBeGreaterThan(0)
    expect(done).toBeLessThan(DOCUMENTS)
    expect(readdirSync(out)).toEqual([])
  })
})

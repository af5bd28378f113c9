import { mkdtempSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ProgressEvent } from '../../src/shared/documents'
import { createRecto } from '../../src/main/services/createRecto'
import type { Recto } from '../../src/main/services/createRecto'

const samples = path.resolve(import.meta.dirname, '../../resources/samples')
// Two scans and a text PDF: enough for the queue to hold two documents while a third waits.
const files = ['07-transports-lemoinard-scan.pdf', '08-copperbrook-ridge.png', '01-kranichsteg-feinmechanik.pdf']

let recto: Recto
const progress: ProgressEvent[] = []
let mostAtOnce = 0

beforeAll(async () => {
  recto = createRecto({ dataDir: mkdtempSync(path.join(os.tmpdir(), 'recto-queue-')) })
  recto.ctx.events.on('progress', (event) => progress.push(event))
  recto.ctx.events.on('documentsChanged', () => {
    const { n } = recto.ctx.db.prepare(`SELECT count(*) AS n FROM documents WHERE status = 'processing'`).get() as { n: number }
    mostAtOnce = Math.max(mostAtOnce, n)
  })
  await recto.handlers.importPaths({ paths: files.map((f) => path.join(samples, f)) })
  await recto.queue.idle()
}, 180_000)
afterAll(() => recto.close())

describe('the processing queue on a batch of three documents', () => {
  it('keeps two documents in flight at once, never more', () => {
    expect(mostAtOnce).toBe(2)
  })

  it('processes every document', () => {
    const rows = recto.ctx.db.prepare('SELECT status, page_count FROM documents').all() as { status: string; page_count: number }[]
    expect(rows).toHaveLength(3)
    for (const row of rows) {
      expect(['to_review', 'auto_approved']).toContain(row.status)
      expect(row.page_count).toBeGreaterThan(0)
    }
  })

  it('reports page progress for one document at a time, so the bar follows one file', () => {
    const pages = progress.filter((e) => e.stage === 'ocr' || e.stage === 'reading')
    expect(pages.length).toBeGreaterThan(0)
    // Once a document has reported, no other reports pages until it has settled.
    const settledIds = new Set<number>()
    let current: number | null = null
    for (const event of progress) {
      expect(event.documentId).not.toBeNull()
      if (event.documentId === null) continue
      if (event.stage === 'done' || event.stage === 'failed') {
        settledIds.add(event.documentId)
        continue
      }
      if (current !== null && current !== event.documentId) expect(settledIds.has(current)).toBe(true)
      current = event.documentId
    }
  })

  it('counts the batch up to its end', () => {
    const settled = progress.filter((e) => e.stage === 'done')
    expect(settled).toHaveLength(3)
    expect(settled.map((e) => e.documentsDone)).toEqual([1, 2, 3])
    expect(settled.every((e) => e.documentsTotal === 3)).toBe(true)
  })
})

import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { generateSupplierSequence } from '../../scripts/samples/sequence'
import type { TruthRecord } from '../../scripts/samples/truth'
import { runReplay } from '../../src/main/cli/replay'
import { memoryStats } from '../../src/main/learning'
import { createRecto } from '../../src/main/services/createRecto'

const SEED = 20250403
let dir: string
let truth: TruthRecord[]

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'recto-sequence-'))
  truth = await generateSupplierSequence(dir, 12, SEED)
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const count = (db: ReturnType<typeof createRecto>['ctx']['db'], table: string) =>
  (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n

describe('learning from confirmed documents', () => {
  it('reads suppliers it has seen confirmed at least 98% right in a correction replay', async () => {
    const report = await runReplay(path.join(dir, 'truth.jsonl'))
    expect(report.documents).toHaveLength(12)
    expect(report.documents.every((d) => !d.error)).toBe(true)
    expect(report.firstSeen.documents).toBeGreaterThan(0)
    expect(report.seen.documents).toBeGreaterThan(0)
    expect(report.seen.accuracy).toBeGreaterThanOrEqual(0.98)
    // Never worse than first sight (both can be 100% when the rules already read the layout).
    expect(report.seen.accuracy).toBeGreaterThanOrEqual(report.firstSeen.accuracy)
    // the seen documents owe it to memory: their fields carry the learned source
    expect(report.documents.filter((d) => d.seenSupplier).every((d) => d.learned > 0)).toBe(true)
    expect(report.memory.hits).toBeGreaterThan(report.memory.misses)
  })

  it('learns nothing from documents nobody confirmed, and from a confirmation at once', async () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'recto-learning-'))
    const recto = createRecto({ dataDir })
    try {
      // two invoices of one supplier: the first is corrected, rejected and left, never confirmed
      const key = (t: TruthRecord) => t.fields.supplier_tax_id
      const first = truth[0] as TruthRecord
      const second = truth.slice(1).find((t) => key(t) === key(first)) as TruthRecord
      const [a] = (await recto.handlers.importPaths({ paths: [path.join(dir, first.path)] })).added
      await recto.queue.idle()
      const documentId = a!.id
      recto.handlers.updateField({ documentId, key: 'total_amount', line: 0, action: 'correct', value: first.fields.total_amount })
      recto.handlers.rejectDocument({ documentId, reason: 'test' })
      recto.handlers.reopenDocument({ documentId })
      for (const table of ['suppliers', 'supplier_memory', 'learning_samples', 'ranker_samples', 'model_versions']) {
        expect(count(recto.ctx.db, table)).toBe(0)
      }

      recto.handlers.confirmDocument({ documentId })
      expect(memoryStats(recto.ctx.db).entries).toBeGreaterThan(5)
      expect(count(recto.ctx.db, 'learning_samples')).toBeGreaterThan(5)
      // the ranker's decisions come from the evidence processing stored: nothing is re-extracted
      expect(count(recto.ctx.db, 'extraction_evidence')).toBe(1)
      expect(count(recto.ctx.db, 'ranker_samples')).toBeGreaterThan(5)

      const [b] = (await recto.handlers.importPaths({ paths: [path.join(dir, second.path)] })).added
      await recto.queue.idle()
      const detail = recto.handlers.getDocument({ documentId: b!.id })
      const learned = detail.fields.filter((f) => f.source === 'learned')
      expect(learned.length).toBeGreaterThan(5)
      expect(learned.every((f) => f.bbox !== null)).toBe(true)
      const versions = recto.ctx.db
        .prepare("SELECT DISTINCT model_version AS v FROM fields WHERE document_id = ? AND source = 'learned'")
        .all(b!.id) as { v: string }[]
      expect(versions).toEqual([{ v: 'rules-1+memory' }])
      // its proposals wait for its confirmation to be scored
      expect(count(recto.ctx.db, 'memory_proposals')).toBeGreaterThan(5)
      expect(memoryStats(recto.ctx.db)).toMatchObject({ hits: 0, misses: 0 })
    } finally {
      await recto.close()
      rmSync(dataDir, { recursive: true, force: true })
    }
  })
})

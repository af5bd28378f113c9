import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { runEval } from '../../src/main/cli/runEval'
import type { EvalReport } from '../../src/main/eval'

/**
 * The evaluation on real invoices (../shared/data) and on the bundled samples, against floors
 * committed in eval-floors.json. Floors only ever rise: raise them when extraction improves.
 */
const root = path.resolve(import.meta.dirname, '../..')
const sharedTruth = path.resolve(root, '../shared/data/invoices/truth.jsonl')
const floors = JSON.parse(readFileSync(path.join(import.meta.dirname, 'eval-floors.json'), 'utf8')) as {
  shared: { overall: number; textPdf: number; scanImage: number; wrongFlagged: number; maxReviewLoad: number }
  samples: { overall: number }
}

describe('evaluation on the real invoices of ../shared/data', () => {
  let report: EvalReport
  beforeAll(async () => {
    if (!existsSync(sharedTruth)) throw new Error(`The shared data set is missing: ${sharedTruth}`)
    report = await runEval(sharedTruth)
  }, 600_000)

  it('processes every document without error', () => {
    expect(report.errors).toEqual([])
  })

  it('holds the committed accuracy floors', () => {
    expect(report.overall.accuracy).toBeGreaterThanOrEqual(floors.shared.overall)
    expect(report.perKind['text PDF']?.accuracy).toBeGreaterThanOrEqual(floors.shared.textPdf)
    expect(report.perKind['scan/image']?.accuracy).toBeGreaterThanOrEqual(floors.shared.scanImage)
  })

  it('flags the wrong fields without flagging everything', () => {
    expect(report.wrongFlaggedShare).toBeGreaterThanOrEqual(floors.shared.wrongFlagged)
    expect(report.reviewLoad).toBeLessThanOrEqual(floors.shared.maxReviewLoad)
  })
})

describe('evaluation on the bundled samples', () => {
  it('holds the committed floor', async () => {
    const report = await runEval(path.join(root, 'resources/samples/truth.jsonl'))
    expect(report.errors).toEqual([])
    expect(report.overall.accuracy).toBeGreaterThanOrEqual(floors.samples.overall)
  }, 300_000)
})

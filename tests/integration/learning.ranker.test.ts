import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { HeaderFieldKey } from '../../src/shared/fields'
import { matchValue } from '../../src/main/eval/match'
import { RETRAIN_EVERY, listModelVersions } from '../../src/main/learning'
import { createRecto, type Recto } from '../../src/main/services/createRecto'
import { writePrintDateInvoices, type PrintDateInvoice } from './support/printDateInvoices'

let dir: string
let invoices: PrintDateInvoice[]
let recto: Recto

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'recto-ranker-'))
  invoices = await writePrintDateInvoices(dir, RETRAIN_EVERY + 1)
  recto = createRecto({ dataDir: path.join(dir, 'data') })
})
afterAll(async () => {
  await recto.close()
  rmSync(dir, { recursive: true, force: true })
})

async function importOne(invoice: PrintDateInvoice) {
  const [added] = (await recto.handlers.importPaths({ paths: [path.join(dir, invoice.file)] })).added
  await recto.queue.idle()
  return recto.handlers.getDocument({ documentId: added!.id })
}

const fieldOf = (detail: Awaited<ReturnType<typeof importOne>>, key: string) =>
  detail.fields.find((f) => f.line === 0 && f.key === key)

describe('the candidate ranker learns from confirmed corrections', () => {
  it('picks the issue date over a footer print date for a supplier it never saw, once clerks corrected it', async () => {
    const training = invoices.slice(0, RETRAIN_EVERY)
    const unseen = invoices.at(-1) as PrintDateInvoice
    expect(new Set(invoices.map((i) => i.supplier)).size).toBe(invoices.length)

    // The shipped weights read the footer's "Date: …" (beside its label) over the boxed "DATE"
    // (under its label): every training invoice comes out wrong, and a clerk corrects it.
    for (const invoice of training) {
      const detail = await importOne(invoice)
      const documentId = detail.document.id
      const date = fieldOf(detail, 'invoice_date')
      expect(date?.value).not.toBe(invoice.fields.invoice_date)
      for (const [key, want] of Object.entries(invoice.fields)) {
        const got = fieldOf(detail, key)
        const right = got !== undefined && matchValue(key as HeaderFieldKey, got.value, want)
        const action = right ? 'accept' : 'correct'
        recto.handlers.updateField({ documentId, key: key as HeaderFieldKey, line: 0, action, value: want, raw: want })
      }
      recto.handlers.confirmDocument({ documentId })
    }

    // The RETRAIN_EVERY-th confirmation retrained on its own: one version, both weight vectors.
    const [model] = listModelVersions(recto.ctx.db)
    expect(model?.version).toBe('ranker-2')
    expect(model?.metrics.rankerDecisions).toBeGreaterThanOrEqual(RETRAIN_EVERY)
    expect(model?.metrics.top1Before).toBeLessThan(model?.metrics.top1After as number)
    expect(model?.metrics.rankerLossAfter).toBeLessThan(model?.metrics.rankerLossBefore as number)
    // being beside its label still counts; what moved is how much the place on the page counts
    expect(model?.ranker.right).toBeGreaterThan(0)

    // A new supplier: no memory can help (nothing is learned-sourced), the ranker alone decides.
    const detail = await importOne(unseen)
    const date = fieldOf(detail, 'invoice_date')
    expect(date).toMatchObject({ value: unseen.fields.invoice_date, source: 'text-layer' })
    expect(detail.fields.some((f) => f.source === 'learned')).toBe(false)
    for (const [key, want] of Object.entries(unseen.fields)) {
      expect(matchValue(key as HeaderFieldKey, fieldOf(detail, key)?.value ?? '', want), key).toBe(true)
    }
    // every extracted field records the model version that produced it
    const versions = recto.ctx.db
      .prepare('SELECT DISTINCT model_version AS v FROM fields WHERE document_id = ?')
      .all(detail.document.id)
    expect(versions).toEqual([{ v: 'ranker-2' }])
  })

  it('retrains on a supervisor’s request, and only a supervisor’s', () => {
    recto.handlers.saveProfile({ name: 'ann', role: 'clerk' })
    recto.handlers.switchProfile({ name: 'ann' })
    expect(() => recto.handlers.retrainModel()).toThrow(/Only a supervisor/)
    recto.handlers.switchProfile({ name: 'clerk' })
    expect(recto.handlers.getModelInfo()).toMatchObject({ activeVersion: 'ranker-2', trainedVersions: 1 })

    const summary = recto.handlers.retrainModel()
    expect(summary).toMatchObject({ version: 'ranker-3', previousVersion: 'ranker-2', documents: RETRAIN_EVERY })
    expect(summary.ranker.decisions).toBeGreaterThanOrEqual(RETRAIN_EVERY)
    expect(summary.ranker.top1After).toBe(1)
    expect(summary.confidence.samples).toBeGreaterThan(5 * RETRAIN_EVERY)
    expect(listModelVersions(recto.ctx.db).map((m) => m.version)).toEqual(['ranker-2', 'ranker-3'])
    const info = recto.handlers.getModelInfo()
    expect(info).toMatchObject({ activeVersion: 'ranker-3', trainedVersions: 2 })
    expect(info.trainingSize).toBeGreaterThanOrEqual(summary.confidence.samples)
    expect(info.trainedAt).not.toBeNull()
  })
})

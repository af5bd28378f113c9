/**
 * A run of invoices from a few recurring suppliers, each time with new numbers, dates and items
 * and the template nudged a little, as happens between real print runs. Replaying it lets the
 * "learning from corrections" feature show that a supplier corrected once is read right later.
 */
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { addDays, type CalendarDate } from './dates'
import { buildInvoice } from './build'
import type { Invoice } from './model'
import { createRng } from './random'
import { supplierByKey } from './suppliers'
import { toJsonl, toTruth, type TruthRecord } from './truth'
import { writeSample } from './write-sample'

const RECURRING = ['kranichsteg', 'brumeval', 'ploegsma', 'harrowmere'] as const
const START: CalendarDate = { year: 2025, month: 1, day: 6 }
/** Sequence invoices number on from here, clear of the bundled samples' numbers. */
const FIRST_SERIAL = 100
/** Largest template shift in points, enough to defeat fixed coordinates, not to break the page. */
const MAX_SHIFT = 18

/** The invoices of the sequence, in order, without writing anything. */
export function planSupplierSequence(count: number, seed: number): Invoice[] {
  const rng = createRng(seed).fork('sequence')
  const serials = new Map<string, number>()
  const invoices: Invoice[] = []
  let issued = START
  for (let i = 0; i < count; i++) {
    const key = rng.pick(RECURRING)
    const supplier = supplierByKey(key)
    const serial = serials.get(key) ?? FIRST_SERIAL
    serials.set(key, serial + 1)
    issued = addDays(issued, rng.int(1, 4))
    const offset = { dx: rng.int(-MAX_SHIFT, MAX_SHIFT), dy: rng.int(-MAX_SHIFT, MAX_SHIFT) }
    const file = `seq-${String(i + 1).padStart(3, '0')}-${key}.pdf`
    invoices.push(
      buildInvoice(
        {
          file,
          kind: 'text-pdf',
          supplier,
          serial,
          issued,
          lineCount: rng.int(2, Math.min(6, supplier.catalogue.length)),
          withPurchaseOrder: rng.chance(0.6),
          offset,
          note: `supplier sequence #${i + 1}, template shifted by (${offset.dx}, ${offset.dy}) pt`,
        },
        rng.fork(file),
      ),
    )
  }
  return invoices
}

/** Writes the sequence's PDFs and their truth.jsonl into `outDir`; returns the truth records. */
export async function generateSupplierSequence(
  outDir: string,
  count: number,
  seed: number,
): Promise<TruthRecord[]> {
  await mkdir(outDir, { recursive: true })
  const invoices = planSupplierSequence(count, seed)
  for (const invoice of invoices) {
    await writeSample(invoice, outDir, createRng(seed).fork(invoice.file))
  }
  const records = invoices.map(toTruth)
  await writeFile(path.join(outDir, 'truth.jsonl'), toJsonl(records))
  return records
}

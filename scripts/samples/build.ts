/**
 * Turns a supplier and a few choices into a complete invoice. All money is integer cents, so the
 * line amounts add up to the net exactly and net + tax = total holds by construction.
 */
import { addDays, type CalendarDate } from './dates'
import { lineAmountCents, taxCents } from './money'
import type { CatalogueItem, Invoice, InvoiceLine, SampleKind, Supplier } from './model'
import type { Rng } from './random'

export interface InvoiceSpec {
  file: string
  kind: SampleKind
  supplier: Supplier
  /** Which of this supplier's invoices it is: drives the number, order reference and receiver. */
  serial: number
  issued: CalendarDate
  lineCount: number
  withPurchaseOrder: boolean
  offset?: { dx: number; dy: number }
  note?: string
}

export function buildInvoice(spec: InvoiceSpec, rng: Rng): Invoice {
  const { supplier, serial, issued } = spec
  const receiver = supplier.receivers[serial % supplier.receivers.length]
  if (!receiver) throw new Error(`${supplier.key} has no receivers`)
  if (spec.lineCount > supplier.catalogue.length) {
    throw new Error(`${supplier.key} sells fewer than ${spec.lineCount} items`)
  }
  const lines = shuffle(supplier.catalogue, rng)
    .slice(0, spec.lineCount)
    .map((item, i) => drawLine(item, i + 1, supplier.taxRate, rng))
  const netCents = lines.reduce((sum, line) => sum + line.amountCents, 0)
  const tax = taxCents(netCents, supplier.taxRate)
  const purchaseOrder = spec.withPurchaseOrder ? supplier.purchaseOrder?.(serial) : undefined
  return {
    file: spec.file,
    kind: spec.kind,
    supplier,
    receiver,
    number: supplier.numbering(supplier.firstNumber + serial, issued.year),
    issued,
    due: addDays(issued, supplier.paymentDays),
    ...(purchaseOrder === undefined ? {} : { purchaseOrder }),
    lines,
    netCents,
    taxCents: tax,
    totalCents: netCents + tax,
    offset: spec.offset ?? { dx: 0, dy: 0 },
    note: spec.note ?? 'generated sample; truth exact by construction',
  }
}

function drawLine(item: CatalogueItem, position: number, rate: number, rng: Rng): InvoiceLine {
  const steps = Math.floor((item.maxCents - item.minCents) / item.stepCents)
  // A fractional quantity times an odd price is no whole cent; draw again rather than round,
  // since a rounded line amount would no longer be quantity × unit price.
  for (let attempt = 0; attempt < 50; attempt++) {
    const quantity = rng.pick(item.quantities)
    const unitCents = item.minCents + item.stepCents * rng.int(0, steps)
    const amountCents = lineAmountCents(quantity, unitCents)
    if (amountCents !== null) {
      return {
        position,
        ...(item.code === undefined ? {} : { code: item.code }),
        description: item.description,
        quantity,
        unitCents,
        amountCents,
        rate,
      }
    }
  }
  throw new Error(`no whole-cent price for ${item.description}`)
}

function shuffle<T>(items: readonly T[], rng: Rng): T[] {
  const out = [...items]
  for (let i = out.length - 1; i > 0; i--) {
    const j = rng.int(0, i)
    ;[out[i], out[j]] = [out[j] as T, out[i] as T]
  }
  return out
}

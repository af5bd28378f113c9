/**
 * The truth manifest, in exactly the shape of ../shared/data/invoices/truth.jsonl (Python's
 * json.dumps spacing included), so the evaluation reads bundled samples and shared data alike.
 */
import { HEADER_FIELD_KEYS, type HeaderFieldKey } from '../../src/shared/fields'
import { toIsoDate } from './dates'
import { toDecimal } from './money'
import type { Invoice } from './model'

export interface TruthLineItem {
  description: string
  quantity: string
  unit_price: string
  amount: string
  product_code?: string
  tax_rate: string
}

export interface TruthRecord {
  path: string
  fields: Partial<Record<HeaderFieldKey, string>>
  line_items: TruthLineItem[]
  note: string
}

export function toTruth(invoice: Invoice): TruthRecord {
  const { supplier } = invoice
  const values: Partial<Record<HeaderFieldKey, string>> = {
    invoice_id: invoice.number,
    invoice_date: toIsoDate(invoice.issued),
    due_date: toIsoDate(invoice.due),
    currency: supplier.currency,
    net_amount: toDecimal(invoice.netCents),
    total_tax_amount: toDecimal(invoice.taxCents),
    total_amount: toDecimal(invoice.totalCents),
    supplier_name: supplier.name,
    supplier_tax_id: supplier.taxId,
    ...(supplier.iban === undefined ? {} : { supplier_iban: supplier.iban }),
    receiver_name: invoice.receiver.name,
    ...(invoice.purchaseOrder === undefined ? {} : { purchase_order: invoice.purchaseOrder }),
    payment_terms: supplier.paymentTerms,
  }
  // Canonical key order, so diffs of the manifest stay readable.
  const fields: Partial<Record<HeaderFieldKey, string>> = {}
  for (const key of HEADER_FIELD_KEYS) {
    const value = values[key]
    if (value !== undefined) fields[key] = value
  }
  return {
    path: invoice.file,
    fields,
    line_items: invoice.lines.map((line) => ({
      description: line.description,
      quantity: toDecimal(line.quantity),
      unit_price: toDecimal(line.unitCents),
      amount: toDecimal(line.amountCents),
      ...(line.code === undefined ? {} : { product_code: line.code }),
      tax_rate: toDecimal(line.rate),
    })),
    note: invoice.note,
  }
}

/** One record per line, `{"a": 1, "b": 2}` spacing, non-ASCII kept as is. */
export function toJsonl(records: readonly TruthRecord[]): string {
  return records.map((record) => pythonJson(record)).join('\n') + '\n'
}

function pythonJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(pythonJson).join(', ')}]`
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined)
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}: ${pythonJson(v)}`).join(', ')}}`
  }
  return JSON.stringify(value)
}

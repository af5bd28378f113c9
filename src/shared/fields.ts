/**
 * The canonical invoice schema of ../shared/FIELDS.md. Every layer (extraction, database, review
 * form, edit log, exports, evaluation) speaks these names, so nothing needs a translation table.
 */

export const HEADER_FIELD_KEYS = [
  'invoice_id',
  'invoice_date',
  'due_date',
  'currency',
  'net_amount',
  'total_tax_amount',
  'total_amount',
  'supplier_name',
  'supplier_tax_id',
  'supplier_iban',
  'receiver_name',
  'purchase_order',
  'payment_terms',
] as const
export type HeaderFieldKey = (typeof HEADER_FIELD_KEYS)[number]

export const LINE_ITEM_KEYS = [
  'description',
  'quantity',
  'unit_price',
  'amount',
  'product_code',
  'tax_rate',
] as const
export type LineItemKey = (typeof LINE_ITEM_KEYS)[number]

export const FIELD_SOURCES = ['text-layer', 'ocr', 'e-invoice', 'learned', 'manual'] as const
export type FieldSource = (typeof FIELD_SOURCES)[number]

/** How a value is normalised and matched; drives parsing, validation and the form's input. */
export type FieldKind = 'id' | 'date' | 'currency' | 'amount' | 'name' | 'text' | 'tax_id' | 'iban'

export const HEADER_FIELD_KIND: Record<HeaderFieldKey, FieldKind> = {
  invoice_id: 'id',
  invoice_date: 'date',
  due_date: 'date',
  currency: 'currency',
  net_amount: 'amount',
  total_tax_amount: 'amount',
  total_amount: 'amount',
  supplier_name: 'name',
  supplier_tax_id: 'tax_id',
  supplier_iban: 'iban',
  receiver_name: 'name',
  purchase_order: 'text',
  payment_terms: 'text',
}

export const LINE_ITEM_KIND: Record<LineItemKey, FieldKind> = {
  description: 'text',
  quantity: 'amount',
  unit_price: 'amount',
  amount: 'amount',
  product_code: 'text',
  tax_rate: 'amount',
}

export const HEADER_FIELD_LABEL: Record<HeaderFieldKey, string> = {
  invoice_id: 'Invoice number',
  invoice_date: 'Invoice date',
  due_date: 'Due date',
  currency: 'Currency',
  net_amount: 'Net amount',
  total_tax_amount: 'Tax amount',
  total_amount: 'Total amount',
  supplier_name: 'Supplier',
  supplier_tax_id: 'Supplier tax ID',
  supplier_iban: 'Supplier IBAN',
  receiver_name: 'Receiver',
  purchase_order: 'Purchase order',
  payment_terms: 'Payment terms',
}

export const LINE_ITEM_LABEL: Record<LineItemKey, string> = {
  description: 'Description',
  quantity: 'Qty',
  unit_price: 'Unit price',
  amount: 'Amount',
  product_code: 'Code',
  tax_rate: 'Tax %',
}

/** Groups of the review form, in the order a clerk reads an invoice. */
export const HEADER_FIELD_GROUPS: readonly { title: string; keys: readonly HeaderFieldKey[] }[] = [
  { title: 'Document', keys: ['invoice_id', 'invoice_date', 'due_date', 'purchase_order'] },
  { title: 'Parties', keys: ['supplier_name', 'supplier_tax_id', 'supplier_iban', 'receiver_name'] },
  {
    title: 'Amounts',
    keys: ['currency', 'net_amount', 'total_tax_amount', 'total_amount', 'payment_terms'],
  },
]

/** `[x0, y0, x1, y1]` in PDF points from the page's top-left corner (images: pixels at 72 dpi). */
export type BBox = [number, number, number, number]

export interface ExtractedField {
  /** Normalised as FIELDS.md says (ISO dates, `1234.50`, upper-case ids). */
  value: string
  /** The text as it stands on the page. */
  raw: string
  /** Probability that `value` is right, 0–1. */
  confidence: number
  /** 1-based page number. */
  page: number
  bbox: BBox | null
  source: FieldSource
}

export type LineItem = Partial<Record<LineItemKey, ExtractedField>>

/** One validation rule's verdict on a document. */
export interface Check {
  id: string
  ok: boolean
  message: string
  /** Header fields the rule involves; a failed check flags them for review. */
  fields: HeaderFieldKey[]
}

/** What the extractor returns: pure data, no ids, no database state. */
export interface Extraction {
  fields: Partial<Record<HeaderFieldKey, ExtractedField>>
  lineItems: LineItem[]
  checks: Check[]
  /** Version of the extractor (rules + learned weights) that produced this output. */
  modelVersion: string
}

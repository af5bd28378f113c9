import Decimal from 'decimal.js'
import type { ExtractedField, LineItem } from '../../../shared/fields'
import { UNCHECKED_ITEM_FACTOR } from './cells'

/** How sure a cell is once the arithmetic around it is known, as a share of its OCR confidence. */
const WHEN = {
  /** The items add up to the document's net: every row was found and every amount read. */
  tableAddsUp: 0.97,
  /** quantity × unit price = amount on the row: these three numbers were read right together. */
  rowAddsUp: 0.9,
}

/**
 * Page-read items get their confidence from arithmetic, the evidence a clerk would use: a table
 * whose amounts add up to the net lost no row and misread no amount, and a row whose quantity
 * times price is its amount read those numbers right. Cells nothing vouches for keep their low
 * start, below the bar where validation trusts items, so they go to the clerk. Pure: returns new
 * items; e-invoice items (confidence 1) are left as they are.
 */
export function settleItemConfidence(items: readonly LineItem[], net: string | undefined): LineItem[] {
  const fromPage = items.some((i) => Object.values(i).some((f) => f && f.source !== 'e-invoice'))
  if (!fromPage || items.length === 0) return [...items]
  const tableAddsUp = net !== undefined && sumIs(items, net)
  return items.map((item) => {
    const rowAddsUp = rowIsConsistent(item)
    const lift = (f: ExtractedField | undefined, share: number | null): ExtractedField | undefined =>
      f && share !== null ? { ...f, confidence: scaled(f.confidence, share) } : f
    const numbers = tableAddsUp ? WHEN.tableAddsUp : rowAddsUp ? WHEN.rowAddsUp : null
    const text = tableAddsUp ? WHEN.rowAddsUp : null
    const out: LineItem = { ...item }
    out.amount = lift(item.amount, tableAddsUp ? WHEN.tableAddsUp : null)
    out.quantity = lift(item.quantity, rowAddsUp ? numbers : null)
    out.unit_price = lift(item.unit_price, rowAddsUp ? numbers : null)
    out.description = lift(item.description, text)
    out.product_code = lift(item.product_code, text)
    out.tax_rate = lift(item.tax_rate, text)
    for (const key of Object.keys(out) as (keyof LineItem)[]) if (out[key] === undefined) delete out[key]
    return out
  })
}

function sumIs(items: readonly LineItem[], net: string): boolean {
  let sum = new Decimal(0)
  for (const i of items) {
    if (!i.amount) return false
    sum = sum.plus(i.amount.value)
  }
  return sum.toDecimalPlaces(2).equals(new Decimal(net).toDecimalPlaces(2))
}

function rowIsConsistent(item: LineItem): boolean {
  if (!item.quantity || !item.unit_price || !item.amount) return false
  const product = new Decimal(item.quantity.value).times(item.unit_price.value).toDecimalPlaces(2)
  return product.equals(new Decimal(item.amount.value))
}

function scaled(confidence: number, share: number): number {
  const ocr = Math.min(1, confidence / UNCHECKED_ITEM_FACTOR)
  return Math.round(ocr * share * 1000) / 1000
}

import Decimal from 'decimal.js'
import type { ExtractedField, LineItem } from '../../../shared/fields'
import { ocrConfidence } from '../candidate'
import type { DocLine } from '../document'
import { unionBox, type PlacedWord } from '../layout'
import { findAmounts, parseNumber, type AmountMatch } from '../parse/amount'
import { addsUp, restoreDroppedPoint, rowAddsUp } from './arithmetic'
import { columnOf, type Column } from './columns'

export interface Table {
  columns: Column[]
  /** Right edge of each column's word range (columnEdges). */
  edges: number[]
}

const PERCENT_WORD = /^\d{1,2}(?:[.,]\d{1,3})?\s?%$/
const BARE_NUMBER = /^\d{1,2}(?:[.,]\d{1,3})?$/

/**
 * The words of a line per column. A percentage ("19 %", "20%") goes to the column that holds
 * rates even when it sits closer to a neighbour: a right-aligned "19 %" under a narrow "Steuer"
 * often starts left of where the quantity column ends.
 */
export function splitRow(line: DocLine, table: Table): PlacedWord[][] {
  const cells: PlacedWord[][] = table.columns.map(() => [])
  const rateColumns = table.columns
    .map((c, i) => ({ c, i }))
    .filter(({ c }) => c.key === 'tax_rate' || (c.key === 'other' && c.percent))
  const words = line.words
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as PlacedWord
    const next = words[i + 1]
    const glued = next?.text === '%' && BARE_NUMBER.test(w.text)
    const rate = glued ? [w, next] : PERCENT_WORD.test(w.text) ? [w] : null
    if (rate && rateColumns.length > 0) {
      const box = unionBox(rate.map((r) => r.bbox))
      const centre = (box[0] + box[2]) / 2
      const target = rateColumns.reduce((best, rc) =>
        distance(rc.c, centre) < distance(best.c, centre) ? rc : best,
      )
      cells[target.i]?.push(...rate)
      if (glued) i++
      continue
    }
    cells[columnOf(w, table.edges)]?.push(w)
  }
  return cells
}

function distance(c: Column, x: number): number {
  return x < c.x0 ? c.x0 - x : x > c.x1 ? x - c.x1 : 0
}

/** Words of the columns that hold numbers. */
export function numericWords(cells: readonly PlacedWord[][], table: Table): PlacedWord[] {
  return cells.flatMap((words, i) => (table.columns[i]?.numeric ? words : []))
}

export function cellOf(
  cells: readonly PlacedWord[][],
  table: Table,
  key: Column['key'],
): PlacedWord[] {
  const i = table.columns.findIndex((c) => c.key === key)
  return i < 0 ? [] : (cells[i] ?? [])
}

/**
 * Reads one row as an item: the amount column must hold a price (decimals or a currency); the
 * other cells are read when present. Quantities and unit prices keep their printed precision.
 */
export function readRow(line: DocLine, table: Table): LineItem | null {
  const cells = splitRow(line, table)
  const amount = pick(cellOf(cells, table, 'amount'), 'last', true)
  if (!amount) return null
  const item: LineItem = { amount: toField(money(amount.match.value), amount) }
  const quantity = pick(cellOf(cells, table, 'quantity'), 'first', false)
  if (quantity) item.quantity = toField(quantity.match.value, quantity)
  const price = pick(cellOf(cells, table, 'unit_price'), 'last', true)
  if (price) item.unit_price = toField(price.match.value, price)
  const bare = price ? null : pick(cellOf(cells, table, 'unit_price'), 'last', false)
  if (bare) item.unit_price = toField(bare.match.value, bare)
  const taxColumn = table.columns.find((c) => c.key === 'tax_rate')
  const rate = readRate(cellOf(cells, table, 'tax_rate'), taxColumn?.percent ?? false)
  if (rate) item.tax_rate = rate
  const description = descriptionWords(cells, table)
  if (description.length > 0) item.description = textField(description)
  const code = cellOf(cells, table, 'product_code')
  if (code.length > 0) item.product_code = textField(code)
  fillFromUnnamed(item, cells, table)
  restoreDroppedPoint(item)
  // a unit price without decimals is a price only where the row's arithmetic says so
  if (bare && !addsUp(item)) delete item.unit_price
  return item
}

/**
 * Quantity or unit price missing, numbers under columns nobody could name: they are what makes
 * quantity × unit price = amount, tried left to right as quantity then price.
 */
function fillFromUnnamed(item: LineItem, cells: readonly PlacedWord[][], table: Table): void {
  const amount = item.amount?.value
  if (!amount || (item.quantity && item.unit_price)) return
  const numbers = cells.flatMap((words, i) => {
    const c = table.columns[i]
    const found = c?.unknown && c.numeric ? pick(words, 'last', false) : null
    return found ? [found] : []
  })
  const [a, b] = numbers
  const tries: [Picked | undefined, Picked | undefined][] = []
  if (!item.quantity && !item.unit_price) tries.push([a, b], [b, a])
  else for (const n of numbers) tries.push(item.quantity ? [undefined, n] : [n, undefined])
  for (const [q, p] of tries) {
    const quantity = q?.match.value ?? item.quantity?.value
    const price = p?.match.value ?? item.unit_price?.value
    if (!quantity || !price || !rowAddsUp(quantity, price, amount)) continue
    if (q) item.quantity = toField(q.match.value, q)
    if (p) item.unit_price = toField(p.match.value, p)
    return
  }
}

/** The description cell, or every text cell but position and code when no column is named so. */
export function descriptionWords(cells: readonly PlacedWord[][], table: Table): PlacedWord[] {
  if (table.columns.some((c) => c.key === 'description')) return cellOf(cells, table, 'description')
  return cells.flatMap((words, i) => {
    const c = table.columns[i]
    return c && !c.numeric && c.key !== 'position' && c.key !== 'product_code' ? words : []
  })
}

interface Picked {
  match: AmountMatch
  words: PlacedWord[]
}

/** One number of a cell: the first or last, optionally only a price (decimals or a currency). */
function pick(
  words: readonly PlacedWord[],
  which: 'first' | 'last',
  priced: boolean,
): Picked | null {
  if (words.length === 0) return null
  const text = words.map((w) => w.text).join(' ')
  const found = findAmounts(text).filter((a) => !priced || a.hasDecimals || a.currency)
  const match = which === 'first' ? found[0] : found[found.length - 1]
  if (!match) return null
  let offset = 0
  const used = words.filter((w) => {
    const start = offset
    offset += w.text.length + 1
    return start < match.end && start + w.text.length > match.start
  })
  return { match, words: used }
}

const RATE = /(\d{1,2}(?:[.,]\d{1,3})?)\s?%/
const BARE_RATE = /\d{1,2}(?:[.,]\d{1,3})?/

/** A rate cell: "19 %", "19,00 %", "20%", or a bare number under a header that says percent. */
export function readRate(
  words: readonly PlacedWord[],
  headerSaysPercent: boolean,
): ExtractedField | null {
  const text = words.map((w) => w.text).join(' ')
  const bare = headerSaysPercent ? BARE_RATE.exec(text)?.[0] : undefined
  const found = RATE.exec(text)?.[1] ?? bare
  if (!found) return null
  const parsed = parseNumber(found)
  if (!parsed || new Decimal(parsed.value).greaterThan(100)) return null
  return textField(words, parsed.value)
}

function money(value: string): string {
  return new Decimal(value).toFixed(2)
}

function toField(value: string, picked: Picked): ExtractedField {
  return fieldOf(value, picked.match.raw, picked.words)
}

export function textField(words: readonly PlacedWord[], value?: string): ExtractedField {
  const text = words.map((w) => w.text).join(' ')
  return fieldOf(value ?? text, text, words)
}

/**
 * Page items start below the validation rules' bar for trusted items; the arithmetic of the whole
 * table (settleItemConfidence) is what lifts them.
 */
export const UNCHECKED_ITEM_FACTOR = 0.7

export function fieldOf(value: string, raw: string, words: readonly PlacedWord[]): ExtractedField {
  const first = words[0]
  return {
    value,
    raw,
    confidence: Math.round(ocrConfidence([...words]) * UNCHECKED_ITEM_FACTOR * 1000) / 1000,
    page: first?.page ?? 1,
    bbox: unionBox(words.map((w) => w.bbox)),
    source: first?.pageSource ?? 'text-layer',
  }
}

import type { DocLine } from '../document'
import type { PlacedWord } from '../layout'
import { fold } from '../text'
import { columnNamed, WEAK_DESCRIPTION, type ColumnKey } from './vocabulary'

export type { ColumnKey } from './vocabulary'

export interface Column {
  key: ColumnKey
  x0: number
  x1: number
  /** Numbers, right-aligned as a rule (quantity, prices, rates, discounts). */
  numeric: boolean
  /** The header names a percentage ("MwSt %", "Tax rate", "Disc.%"): bare numbers are rates. */
  percent: boolean
  /** A header word nobody knows (or OCR garbled): settled by the first row (settleUnknown). */
  unknown?: boolean
}

const NUMERIC_KEYS = new Set<ColumnKey>(['quantity', 'unit_price', 'amount', 'tax_rate'])

/** Folds a header word: accents and case off, trailing punctuation and percent marks apart. */
function headerText(raw: string): { text: string; percent: boolean } {
  const folded = fold(raw).trim()
  const percent = folded.includes('%')
  const text = folded
    .replace(/\(%\)|%/g, '')
    .replace(/[:.]+$/, '')
    .replace(/^\(|\)$/g, '')
    .trim()
  return { text, percent }
}

export function classifyHeader(raw: string): ColumnKey | null {
  const { text } = headerText(raw)
  if (text === '') return null
  return columnNamed(text)
}

interface HeaderCell {
  key: ColumnKey | null
  text: string
  x0: number
  x1: number
  percent: boolean
}

/**
 * Groups a header line's words into cells: neighbouring words join when together they name a
 * column ("Unit Price", "Prix unitaire"), when one is a qualifier without meaning of its own
 * ("Montant HT", "Amount (USD)"), or when both name the same column.
 */
function headerCells(words: readonly PlacedWord[]): HeaderCell[] {
  const cells: HeaderCell[] = []
  for (const w of words) {
    const { percent } = headerText(w.text)
    const key = classifyHeader(w.text)
    const prev = cells[cells.length - 1]
    const height = w.bbox[3] - w.bbox[1]
    if (prev && w.bbox[0] - prev.x1 < height * 1.2) {
      const pair = classifyHeader(`${prev.text} ${w.text}`)
      if (pair || key === null || prev.key === null || key === prev.key) {
        prev.key = pair ?? prev.key ?? key
        prev.text = `${prev.text} ${w.text}`
        prev.x1 = w.bbox[2]
        prev.percent ||= percent
        continue
      }
    }
    cells.push({ key, text: w.text, x0: w.bbox[0], x1: w.bbox[2], percent })
  }
  return cells
}

/**
 * Reads a line as an item table's header: the amount column plus a description or quantity, and
 * at least three item columns. Returns the columns left to right, or null.
 */
export function headerColumns(line: DocLine): Column[] | null {
  const cells = headerCells(line.words)
  const keys = new Set(cells.map((c) => c.key).filter((k) => k !== 'position' && k !== 'other'))
  keys.delete(null)
  const named = keys.has('description') || keys.has('quantity')
  const ok = keys.has('amount') && named && keys.size >= 3
  return ok ? toColumns(cells) : null
}

/**
 * Turns header cells into columns. A repeated key keeps its first column, except the amount,
 * which is the rightmost ("Subtotal … Total"); the others become columns not read, so their
 * numbers are not taken for a neighbour's. Two description names side by side are one column.
 */
function toColumns(header: readonly HeaderCell[]): Column[] {
  const cells = resolveDescriptions(header)
  const lastAmount = cells.map((c) => c.key).lastIndexOf('amount')
  const seen = new Set<ColumnKey>()
  const columns: Column[] = []
  cells.forEach((cell, i) => {
    let key: ColumnKey = cell.key ?? 'other'
    if (key === 'amount' && i !== lastAmount) key = 'other'
    else if (key !== 'other' && seen.has(key)) key = 'other'
    seen.add(key)
    const prev = columns[columns.length - 1]
    if (cell.key === 'description' && prev?.key === 'description') {
      prev.x1 = cell.x1
      return
    }
    const numeric = NUMERIC_KEYS.has(key) || (key === 'other' && seen.has('description'))
    const unknown = cell.key === null
    columns.push({ key, x0: cell.x0, x1: cell.x1, numeric, percent: cell.percent, unknown })
  })
  return columns
}

/**
 * Settles the columns whose header nobody knows by what the first item row holds under them:
 * text right after the description widens it ("Product  Title"); numbers make a numeric column,
 * whose values the row's arithmetic may still name (readRow), as when OCR garbles "Qté".
 */
export function settleUnknown(columns: Column[], firstRow: DocLine): void {
  for (let i = 0; i < columns.length; i++) {
    const c = columns[i] as Column
    if (!c.unknown) continue
    const under = firstRow.words.filter((w) => {
      const centre = (w.bbox[0] + w.bbox[2]) / 2
      return centre > c.x0 - firstRow.unit && centre < c.x1 + firstRow.unit
    })
    const text = under.filter((w) => /\p{L}{2}/u.test(w.text)).length
    const prev = columns[i - 1]
    if (prev?.key === 'description' && under.length > 0 && text * 2 > under.length) {
      prev.x1 = c.x1
      columns.splice(i--, 1)
    } else if (under.length > 0) c.numeric = text * 2 <= under.length
  }
}

/**
 * Of two description names, the plain one ("Omschrijving") is the description and a weak one
 * left of it ("Artikel") the product code. Two weak ones side by side ("Product  Title") are one
 * description column, joined in toColumns.
 */
function resolveDescriptions(cells: readonly HeaderCell[]): HeaderCell[] {
  const strong = cells.findIndex(
    (c) => c.key === 'description' && !WEAK_DESCRIPTION.has(headerText(c.text).text),
  )
  if (strong < 0) return [...cells]
  return cells.map((c, i) => {
    if (c.key !== 'description' || i === strong) return c
    const code = i < strong && !cells.some((o) => o.key === 'product_code')
    return { ...c, key: code ? 'product_code' : 'other' }
  })
}

/**
 * Adds header cells printed on lines just above or below the header line (a stacked
 * "Art-Nr-Kunde / Art-Nr" cell), where they fill a gap between the columns already found.
 */
export function addStackedHeaders(columns: Column[], neighbours: readonly DocLine[]): DocLine[] {
  const used: DocLine[] = []
  const left = Math.min(...columns.map((c) => c.x0))
  const right = Math.max(...columns.map((c) => c.x1))
  for (const line of neighbours) {
    if (line.words.length > 3 || line.bbox[0] < left - 5 || line.bbox[2] > right + 5) continue
    let any = false
    for (const cell of headerCells(line.words)) {
      if (!cell.key || cell.key === 'other') continue
      const clash = columns.some((c) => c.x0 < cell.x1 && cell.x0 < c.x1)
      if (clash || columns.some((c) => c.key === cell.key)) continue
      const numeric = NUMERIC_KEYS.has(cell.key)
      columns.push({ key: cell.key, x0: cell.x0, x1: cell.x1, numeric, percent: cell.percent })
      any = true
    }
    if (any) used.push(line)
  }
  columns.sort((a, b) => a.x0 - b.x0)
  return used
}

/**
 * Right edge of each column's word range, for assigning words by their centre. Left-aligned
 * text grows to the right and right-aligned numbers to the left, so between text and a number
 * the edge sits near the number's header; between two numbers, midway.
 */
export function columnEdges(columns: readonly Column[], unit: number): number[] {
  return columns.map((a, i) => {
    const b = columns[i + 1]
    if (!b) return Infinity
    const mid = (a.x1 + b.x0) / 2
    if (!a.numeric && b.numeric) return Math.max(mid, b.x0 - 1.5 * unit)
    if (a.numeric && !b.numeric) return Math.min(mid, a.x1 + 0.5 * unit)
    return mid
  })
}

/** Index of the column a word falls in. */
export function columnOf(word: PlacedWord, edges: readonly number[]): number {
  const centre = (word.bbox[0] + word.bbox[2]) / 2
  const i = edges.findIndex((edge) => centre < edge)
  return i < 0 ? edges.length - 1 : i
}

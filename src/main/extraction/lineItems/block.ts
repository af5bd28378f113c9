import type { ExtractedField, LineItem } from '../../../shared/fields'
import type { DocLine } from '../document'
import type { PlacedWord } from '../layout'
import { findAmounts, parseNumber } from '../parse/amount'
import { cellOf, descriptionWords, fieldOf, numericWords, splitRow, textField } from './cells'
import type { Table } from './cells'

/** Text-only lines waiting above a row (see extractLineItems). */
export type Pending = { line: DocLine; words: PlacedWord[] }[]

/** The lines that belong to one item: its row, the wrapped description, detail lines. */
export interface ItemBlock {
  /** Takes a line into the block, or returns false when the line is not part of it. */
  takes(line: DocLine): boolean
  /** Writes the whole description (and a rate found in the block) into the item. */
  finish(): void
}

const TAX_WORD = '(?:mwst|ust|vat|tax|tva|btw|iva|gst|steuer)'
const PERCENT = '(\\d{1,2}(?:[.,]\\d{1,3})?) ?%'
const RATE_IN_TEXT = new RegExp(`\\b${TAX_WORD}\\b\\W{0,3}${PERCENT}|${PERCENT} ?${TAX_WORD}\\b`)

/**
 * Starts the block of an item read from `row`. Lines below continue its description while they
 * sit close under it, hold words only in the description's column, carry no price and do not
 * open with a label ("Notes:", "Bruttopreis :") — a wrapped word ("Art.-" / "Nr.:") is no label.
 * Once a detail line has come, later lines stay in the block but add nothing to the description.
 */
export function startBlock(
  item: LineItem,
  row: DocLine,
  table: Table,
  position: number,
  pending: Pending,
): ItemBlock {
  const own = descriptionWords(splitRow(row, table), table)
  const above = pending[pending.length - 1]
  const useAbove = own.length === 0 && above && row.bbox[1] - above.line.bbox[3] < row.unit
  const lines: PlacedWord[][] = useAbove ? pending.map((p) => p.words) : []
  if (own.length > 0) lines.push(own)
  let open = true
  let last = row
  const rates = [row]

  return {
    takes(line) {
      if (line.page !== row.page || line.bbox[1] - last.bbox[3] > line.unit * 1.2) return false
      last = line
      rates.push(line)
      const cells = splitRow(line, table)
      fillQuantity(item, cells, table)
      if (!open) return true
      const words = descriptionWords(cells, table)
      const priced = findAmounts(line.text).some((a) => a.hasDecimals || a.currency)
      const previous = lines[lines.length - 1]
      const wrapped = previous?.[previous.length - 1]?.text.endsWith('-') ?? false
      const label = words.slice(0, 3).some((w) => w.text.endsWith(':')) && !wrapped
      if (numericWords(cells, table).length > 0 || priced || label) {
        open = false
        return true
      }
      if (words.length > 0) lines.push(words)
      const code = cellOf(cells, table, 'product_code')
      if (!item.product_code && code.length > 0) item.product_code = textField(code)
      return true
    },
    finish() {
      stripPosition(lines, table, position)
      const words = lines.flat()
      const text = joinLines(lines)
      if (words.length > 0) item.description = fieldOf(text, text, words)
      if (!item.tax_rate) {
        const rate = rates.map(rateInText).find((r) => r !== null)
        if (rate) item.tax_rate = rate
      }
    },
  }
}

/** A quantity centred in a tall row stands alone on a line, above or below the prices. */
function fillQuantity(item: LineItem, cells: readonly PlacedWord[][], table: Table): void {
  const words = cells.flat()
  const quantity = cellOf(cells, table, 'quantity')
  if (item.quantity || quantity.length !== 1 || words.length !== 1) return
  const found = findAmounts(quantity[0]?.text ?? '')[0]
  if (found) item.quantity = fieldOf(found.value, found.raw, quantity)
}

/** Without a position column, a leading running number ("3 Kunstrasen" as item 3) is not text. */
function stripPosition(lines: PlacedWord[][], table: Table, position: number): void {
  if (table.columns.some((c) => c.key === 'position')) return
  const first = lines[0]?.[0]
  if (first && lines.flat().length > 1 && first.text.replace(/[.)]$/, '') === String(position)) {
    lines[0]?.shift()
  }
}

/** Lines joined by spaces, except after a word broken with a hyphen ("Art.-" + "Nr.:"). */
function joinLines(lines: readonly PlacedWord[][]): string {
  let text = ''
  for (const line of lines) {
    line.forEach((w, i) => {
      const broken = i === 0 && /\S-$/.test(text)
      text += text === '' || broken ? w.text : ` ${w.text}`
    })
  }
  return text
}

/** A rate written beside a tax word in running text: "MwSt 7%", "Tax: 0.2%", "19 % VAT". */
function rateInText(line: DocLine): ExtractedField | null {
  const m = RATE_IN_TEXT.exec(line.folded)
  const number = m?.[1] ?? m?.[2]
  if (!m || !number) return null
  const parsed = parseNumber(number)
  if (!parsed) return null
  const words = line.words.filter((w) => w.text.includes(number))
  return fieldOf(parsed.value, number, words.length > 0 ? words : line.words)
}

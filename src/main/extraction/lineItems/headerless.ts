import type { LineItem } from '../../../shared/fields'
import type { Doc, DocLine } from '../document'
import { segments, type PlacedWord } from '../layout'
import { findAmounts, toMoney } from '../parse/amount'
import { rowAddsUp } from './arithmetic'
import { fieldOf, readRate, textField } from './cells'
import { endsTable } from './tableEnd'

interface NumberCell {
  value: string
  raw: string
  words: PlacedWord[]
  x0: number
  x1: number
}

interface Candidate {
  line: DocLine
  numbers: NumberCell[]
}

type Role = 'quantity' | 'unit_price'

/**
 * Items of a table whose header could not be read (OCR garbles white text on a dark band): runs
 * of two or more rows ending in a price, whose numbers stand in right-aligned columns, and where
 * quantity × unit price = amount in most rows. Without that arithmetic nothing is read, so a tax
 * breakdown or a totals grid never passes for items.
 */
export function headerlessItems(doc: Doc): { items: LineItem[]; rows: DocLine[] } {
  const items: LineItem[] = []
  const rows: DocLine[] = []
  for (const run of runs(doc)) {
    const read = readRun(run)
    if (!read) continue
    items.push(...read)
    rows.push(...run.map((c) => c.line))
  }
  return { items, rows }
}

/** Numbers of a line, read per run of tightly set words, so "1   540,00" stays two numbers. */
function numbersOf(line: DocLine): NumberCell[] {
  return segments(line, 0.6).flatMap((words) => {
    const text = words.map((w) => w.text).join(' ')
    return findAmounts(text).map((a) => {
      let offset = 0
      const used = words.filter((w) => {
        const start = offset
        offset += w.text.length + 1
        return start < a.end && start + w.text.length > a.start
      })
      return {
        value: a.value,
        raw: a.raw,
        words: used,
        x0: Math.min(...used.map((w) => w.bbox[0])),
        x1: Math.max(...used.map((w) => w.bbox[2])),
      }
    })
  })
}

/** Consecutive rows with two or more numbers, the last a price, right edges in line. */
function runs(doc: Doc): Candidate[][] {
  const out: Candidate[][] = []
  let run: Candidate[] = []
  let textLines = 0
  const flush = (): void => {
    if (run.length >= 2) out.push(run)
    run = []
  }
  for (const line of doc.lines) {
    const numbers = numbersOf(line)
    const last = numbers[numbers.length - 1]
    const priced = last && findAmounts(last.raw).some((a) => a.hasDecimals || a.currency)
    const head = run[0]
    const aligned =
      !head || (line.page === head.line.page && Math.abs((last?.x1 ?? 0) - lastX(head)) < line.unit)
    if (endsTable(line, true) || line.labels.some((h) => h.def.field.endsWith('amount'))) {
      flush()
      continue
    }
    if (numbers.length >= 2 && priced && aligned && /\p{L}{2}/u.test(line.text)) {
      run.push({ line, numbers })
      textLines = 0
    } else if (numbers.length === 0 && run.length > 0 && ++textLines <= 2) {
      continue
    } else {
      flush()
      if (numbers.length >= 2 && priced) run.push({ line, numbers })
    }
  }
  flush()
  return out
}

function lastX(c: Candidate): number {
  return c.numbers[c.numbers.length - 1]?.x1 ?? 0
}

/** Right edges shared by most rows of the run, one number per row: the numeric columns. */
function columns(run: readonly Candidate[], unit: number): number[] {
  const edges = run.flatMap((c) => c.numbers.map((n) => n.x1)).sort((a, b) => a - b)
  const clusters: number[][] = []
  for (const x of edges) {
    const last = clusters[clusters.length - 1]
    if (last && x - (last[last.length - 1] ?? 0) <= unit) last.push(x)
    else clusters.push([x])
  }
  return clusters
    .filter((c) => c.length >= run.length * 0.6 && c.length <= run.length)
    .map((c) => c[Math.floor(c.length / 2)] ?? 0)
}

function readRun(run: readonly Candidate[]): LineItem[] | null {
  const unit = run[0]?.line.unit ?? 10
  const cols = columns(run, unit)
  if (cols.length < 2) return null
  const cellAt = (c: Candidate, x: number | undefined) =>
    x === undefined ? undefined : c.numbers.find((n) => Math.abs(n.x1 - x) <= unit)
  const amountX = cols[cols.length - 1]
  const others = cols.slice(-3, -1)
  const options: Role[][] =
    others.length === 2 ? [['quantity', 'unit_price'], ['unit_price', 'quantity']] : [['unit_price']]
  // rows of zeros add up whatever the columns mean: only priced rows are evidence
  const priced = run.filter((c) => Number(cellAt(c, amountX)?.value ?? 0) !== 0)
  let best: { roles: Role[]; adds: number } | null = null
  for (const roles of options) {
    const adds = priced.filter((c) => {
      const q = cellAt(c, others[roles.indexOf('quantity')])
      const p = cellAt(c, others[roles.indexOf('unit_price')])
      const a = cellAt(c, amountX)
      return a && p && rowAddsUp(q?.value ?? '1', p.value, a.value)
    }).length
    if (!best || adds > best.adds) best = { roles, adds }
  }
  if (!best || best.adds < Math.max(2, priced.length / 2)) return null
  const roles = best.roles
  const left = Math.min(...run.flatMap((c) => others.map((x) => cellAt(c, x)?.x0 ?? Infinity)))
  return run.flatMap((c) => {
    const amount = cellAt(c, amountX)
    if (!amount) return []
    const item: LineItem = { amount: fieldOf(toMoney(amount.value), amount.raw, amount.words) }
    roles.forEach((role, i) => {
      const cell = cellAt(c, others[i])
      if (cell) item[role] = fieldOf(cell.value, cell.raw, cell.words)
    })
    const text = c.line.words.filter((w) => w.bbox[2] < left - unit * 0.5)
    if (text.length > 0) item.description = textField(text)
    const between = c.line.words.filter((w) => w.bbox[0] > left && w.bbox[2] < amount.x0)
    const rate = readRate(between, false)
    if (rate) item.tax_rate = rate
    return [item]
  })
}

import type { LineItem, LineItemKey } from '../../shared/fields'
import { ocrConfidence } from './candidate'
import type { Doc, DocLine } from './document'
import { unionBox, type PlacedWord } from './layout'
import { findAmounts } from './parse/amount'
import { fold } from './text'

type Column = { key: LineItemKey; x0: number; x1: number }

const HEADER: readonly [LineItemKey, RegExp][] = [
  ['description', /^(?:description|beschreibung|bezeichnung|designation|omschrijving|artikel|descripcion|descrizione|product|produkt|item|items|service|title|leistung|charge)$/],
  ['quantity', /^(?:qty|quantity|menge|anzahl|quantite|qte|aantal|hoeveelheid|cantidad|quantita|units|nombre|stk)$/],
  ['unit_price', /^(?:unit|price|rate|preis|einzelpreis|prix|p\.?u\.?|prijs|precio|prezzo|vk-preis|nettopreis|unit\s*price)$/],
  ['amount', /^(?:amount|total|betrag|gesamt|montant|bedrag|importe|importo|summe|zeilenbetrag|entgelt|subtotal)$/],
  ['tax_rate', /^(?:vat|tax|mwst\.?|ust\.?|tva|btw|iva|gst|tax\(%\)|taxes|steuer)$/],
]
const STOP = /^(?:sub\s*-?total|total|gesamt|summe|zwischensumme|totaal|exclusief|montant|net|netto|tax|vat|mwst|tva|btw)/

/**
 * Finds item tables from their header rows (one per page when a table runs over pages) and reads
 * one item per row that carries an amount. Also returns the rows, so totals are not sought there.
 */
export function extractLineItems(doc: Doc): { items: LineItem[]; rows: Set<DocLine> } {
  const items: LineItem[] = []
  const used = new Set<DocLine>()
  const pagesDone = new Set<number>()
  for (const header of doc.lines) {
    if (pagesDone.has(header.page)) continue
    const columns = headerColumns(header)
    if (!columns) continue
    const rows = doc.lines.filter((l) => l.page === header.page && l.bbox[1] > header.bbox[3])
    const found: LineItem[] = []
    for (const row of rows) {
      if (endsTable(row, found.length > 0)) break
      const item = readRow(row, columns)
      if (item) {
        found.push(item)
        used.add(row)
      }
    }
    if (found.length > 0) {
      items.push(...found)
      pagesDone.add(header.page)
    }
  }
  return { items, rows: used }
}

const TOTALS_FIELDS = new Set(['total_amount', 'net_amount', 'total_tax_amount'])

/**
 * A totals row ends the item table: one with a totals label and an amount ("PAYMENT TERMS
 * Subtotal £1,459.60" as much as "Total 12.00"), or a row of two or more totals labels with no
 * amount after some items, the header of a totals grid whose values sit below. A wrapped header
 * cell ("MwSt.", "HT TVA") right under the header, without an amount, does not end it.
 */
export function endsTable(row: DocLine, afterItems: boolean): boolean {
  const labels = row.labels.filter((h) => TOTALS_FIELDS.has(h.def.field) && h.def.strength >= 0.9)
  const hasAmount = findAmounts(row.text).some((a) => a.hasDecimals || a.currency)
  const fields = new Set(labels.map((h) => h.def.field))
  if (!hasAmount) return afterItems && fields.size >= 2 && fields.has('net_amount')
  const totalLabel = row.labels.some((h) => h.def.field === 'total_amount')
  return STOP.test(row.folded.trim()) || totalLabel || labels.some((h) => h.def.field === 'net_amount')
}

export function headerColumns(line: DocLine): Column[] | null {
  const columns: Column[] = []
  for (const w of line.words) {
    const text = fold(w.text).replace(/[:.]$/, '')
    const hit = HEADER.find(([, re]) => re.test(text))
    if (!hit || columns.some((c) => c.key === hit[0])) continue
    columns.push({ key: hit[0], x0: w.bbox[0], x1: w.bbox[2] })
  }
  const keys = new Set(columns.map((c) => c.key))
  const ok =
    keys.has('amount') && (keys.has('description') || keys.has('quantity')) && keys.size >= 3
  return ok ? columns.sort((a, b) => a.x0 - b.x0) : null
}

function readRow(row: DocLine, columns: Column[]): LineItem | null {
  const amounts = findAmounts(row.text)
  if (amounts.length === 0) return null
  const item: LineItem = {}
  const numeric = columns.filter((c) => c.key !== 'description')
  const firstNumericX = Math.min(...numeric.map((c) => c.x0))
  for (const a of amounts) {
    const words = row.words.filter((w, i) => {
      const s = row.starts[i] ?? 0
      return s < a.end && s + w.text.length > a.start
    })
    const box = unionBox(words.map((w) => w.bbox))
    if (box[2] < firstNumericX - 5) continue
    const centre = (box[0] + box[2]) / 2
    const col = nearest(numeric, centre)
    if (!col || item[col.key]) continue
    item[col.key] = field(a.value, a.raw, words)
  }
  const descWords = row.words.filter((w) => w.bbox[2] < firstNumericX - 2)
  if (descWords.length > 0) {
    const text = descWords.map((w) => w.text).join(' ')
    item.description = field(text, text, descWords)
  }
  return item.amount ? item : null
}

function nearest(columns: Column[], x: number): Column | undefined {
  return [...columns].sort(
    (a, b) => Math.abs((a.x0 + a.x1) / 2 - x) - Math.abs((b.x0 + b.x1) / 2 - x),
  )[0]
}

function field(value: string, raw: string, words: PlacedWord[]) {
  const first = words[0]
  return {
    value,
    raw,
    confidence: Math.round(ocrConfidence(words) * 0.7 * 1000) / 1000,
    page: first?.page ?? 1,
    bbox: unionBox(words.map((w) => w.bbox)),
    source: first?.pageSource ?? ('text-layer' as const),
  }
}

import type { DocLine } from '../document'
import { findAmounts } from '../parse/amount'
import type { Table } from './cells'
import { classifyHeader, columnOf } from './columns'

const STOP = /^(?:sub\s*-?total|total|gesamt|summe|zwischensumme|totaal|exclusief|montant|net|netto|tax|vat|mwst|tva|btw)/
const TOTALS_FIELDS = new Set(['total_amount', 'net_amount', 'total_tax_amount'])

/**
 * A totals row ends the item table: one with a totals label and an amount ("PAYMENT TERMS
 * Subtotal £1,459.60" as much as "Total 12.00"), or a row of two or more totals labels with no
 * amount after some items, the header of a totals grid whose values sit below. A wrapped header
 * cell ("MwSt.", "HT TVA") right under the header, without an amount, does not end it.
 */
export function endsTable(row: DocLine, afterItems: boolean): boolean {
  const labels = totalsLabels(row)
  const hasAmount = findAmounts(row.text).some((a) => a.hasDecimals || a.currency)
  const fields = new Set(labels.map((h) => h.def.field))
  if (!hasAmount) return afterItems && fields.size >= 2 && fields.has('net_amount')
  const totalLabel = row.labels.some((h) => h.def.field === 'total_amount')
  return STOP.test(row.folded.trim()) || totalLabel || labels.some((h) => h.def.field === 'net_amount')
}

function totalsLabels(row: DocLine): DocLine['labels'] {
  return row.labels.filter((h) => TOTALS_FIELDS.has(h.def.field) && h.def.strength >= 0.9)
}

/**
 * After the items, a new section ends the table: a short title ending in a colon that starts
 * in a column left of the description ("Zahlungsbedingungen:", "Zu- und Abschläge:"), or the header
 * of another table, two or more column names and no amount ("Art  %  Basisbetrag  Steuer  Betrag").
 * A note inside the description cell ("Weitere Eigenschaften:") starts in that cell and stays.
 */
export function startsSection(line: DocLine, table: Table): boolean {
  const { columns } = table
  const words = line.words
  const first = words[0]
  const last = words[words.length - 1]?.text ?? ''
  const description = columns.findIndex((c) => c.key === 'description')
  const leftOfDescription = first !== undefined && columnOf(first, table.edges) < description
  const title = words.length <= 4 && last.endsWith(':') && !/\d/.test(line.text) && leftOfDescription
  if (title) return true
  // totals labels without a value are endsTable's to judge, not another table's header
  if (totalsLabels(line).length > 0) return false
  // mostly column names, spread over the table's width: not a description that names a service
  const names = words.filter((w) => classifyHeader(w.text) !== null).length
  const left = Math.min(...columns.map((c) => c.x0))
  const right = Math.max(...columns.map((c) => c.x1))
  const wide = line.bbox[2] - line.bbox[0] > (right - left) / 2
  const hasAmount = findAmounts(line.text).some((a) => a.hasDecimals || a.currency)
  return names >= 2 && names * 2 >= words.length && wide && !hasAmount
}

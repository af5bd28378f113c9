import { HEADER_FIELD_KIND } from '../../shared/fields'
import { findVatIds } from '../validation/vatFormats'
import { make, ocrConfidence, type Candidate } from './candidate'
import type { Doc } from './document'
import { wordsInSpan } from './layout'
import type { LabelHit } from './labels'
import { findAmounts } from './parse/amount'
import { findDates } from './parse/date'
import { findIbans } from './parse/iban'
import { columnBelow, readWindow, type Window } from './window'

export { make } from './candidate'

/** Dates that belong to something else: delivery, order, service period, due, check-in. */
export const OTHER_DATE =
  /(?:\b(?:liefer|leistungs|delivery|order|bestell|ship|versand|period|zeitraum|periode|check\s*(?:in|out)|due|fallig|echeance|vervaldatum|expir|valid|bis|to|until)\p{L}*(?:\s+(?:date|datum|data|fecha))?|(?:\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}|\p{L}{3,}\s+\d{1,2})\s*[-–])\P{L}*$/u

/** Candidates pointed at by labels: same line to the right, else the column below. */
export function labelledCandidates(doc: Doc): Candidate[] {
  const out: Candidate[] = []
  for (const line of doc.lines) {
    const carried = CARRIED.test(line.folded)
    const hits = line.labels.filter(
      (hit) => !suppressed(hit, line.folded.slice(0, hit.start)) && !(carried && isTotal(hit)),
    )
    hits.forEach((hit) => {
      const next = hits.find((l) => l.start >= hit.end)
      const right: Window = { line, start: hit.end, end: next ? next.start : line.text.length }
      const kind = HEADER_FIELD_KIND[hit.def.field]
      const found = readWindow(doc, hit, right, kind, 'right')
      // a label over a column (a table header) is weaker evidence than one beside its value
      const weaken = (c: Candidate): Candidate =>
        kind === 'amount' ? { ...c, label: c.label * 0.6 } : c
      // "Rechnung Nr. 471102 vom 05.03.2020": a date beside the invoice number is its issue date
      const besideId =
        hit.def.field === 'invoice_date' && hits.some((h) => h.def.field === 'invoice_id')
      if (found.length > 0) {
        out.push(...found.map((c) => (besideId ? { ...c, label: Math.min(1, c.label + 0.3) } : c)))
        return
      }
      for (const below of columnBelow(doc, line, hit)) {
        // an amount under a column header sits in the very next row, not further down
        if (kind === 'amount' && below.line.bbox[1] - line.bbox[3] > line.unit * 2.2) break
        const got = readWindow(doc, hit, below, kind, 'below')
        if (got.length > 0) {
          const gap = (below.line.bbox[1] - line.bbox[3]) / line.unit
          out.push(...got.map((c) => ({ ...weaken(c), gap })))
          break
        }
      }
    })
  }
  return out
}

/** "Zwischensumme (Übertrag)", "Carried forward": a page's running sum, not the invoice's net. */
const CARRIED =
  /\b(?:ubertrag|vortrag|carried\s*(?:forward|over)|brought\s*forward|c\/f|b\/f|a\s*reporter|report(?:e)?\s*de\s*la\s*page|overdracht|transporto|riporto)\b/

function isTotal(hit: LabelHit): boolean {
  return hit.def.field === 'net_amount' || hit.def.field === 'total_amount'
}

function suppressed(hit: LabelHit, before: string): boolean {
  const field = hit.def.field
  if (field === 'supplier_tax_id' && ownedByReceiver(before)) return true
  // "Ohne MwSt.", "hors TVA": the tax word says what is left out, it labels no tax amount
  if (field === 'total_tax_amount' && /\b(?:ohne|without|sans|hors|zonder|senza|sin)\W*$/.test(before)) {
    return true
  }
  // a bare "Date" qualified by "Order", "Delivery"… dates something else
  return field === 'invoice_date' && hit.def.strength < 1 && OTHER_DATE.test(before)
}

/** "Your VAT number", "Uw BTW nummer", "Ihre USt-IdNr.": the receiver's id, not the supplier's. */
function ownedByReceiver(before: string): boolean {
  return /\b(?:your|uw|ihre|votre|su|vostra|customer|kunden|client|klant)\b[\s.:-]*$/.test(before)
}

/** Label-less candidates: any well-formed value of a kind that labels alone may have missed. */
export function looseCandidates(doc: Doc): Candidate[] {
  const out: Candidate[] = []
  for (const line of doc.lines) {
    for (const a of findAmounts(line.text)) {
      if (!a.hasDecimals) continue
      const words = wordsInSpan(line, a.start, a.end)
      for (const field of ['total_amount', 'net_amount', 'total_tax_amount'] as const) {
        out.push(make(field, a.value, a.raw, words, 0, 'none', 1, a.currency))
      }
    }
    for (const d of findDates(line.text, doc.monthFirst)) {
      if (OTHER_DATE.test(line.folded.slice(0, d.start))) continue
      const words = wordsInSpan(line, d.start, d.end)
      const c = make('invoice_date', d.value, d.raw, words, 0, 'none', d.ambiguous ? 0.7 : 1)
      // with no label to go by, the issue date is usually the first date on the first page
      const early = line.page === 1 ? 1 - line.bbox[1] / line.pageHeight : 0
      c.score = 0.5 * c.validity + 0.3 * ocrConfidence(words) + 0.6 * early
      out.push(c)
    }
    for (const v of findVatIds(line.text)) {
      const words = wordsInSpan(line, v.start, v.end)
      const raw = line.text.slice(v.start, v.end)
      out.push(make('supplier_tax_id', v.value, raw, words, 0, 'none', 1))
    }
    for (const iban of findIbans(line.text)) {
      const words = wordsInSpan(line, iban.start, iban.end)
      const raw = line.text.slice(iban.start, iban.end)
      out.push(make('supplier_iban', iban.value, raw, words, 0, 'none', 1))
    }
  }
  return out
}

import Decimal from 'decimal.js'
import type { Candidate } from './candidate'
import { make } from './candidates'
import type { Doc } from './document'
import { wordsInSpan, type PlacedWord } from './layout'
import { findAmounts } from './parse/amount'

const CASH = /^\W*(?:cash(?:\s*tendered|\s*received)?|tendered|tunai|bar|especes|contant|efectivo|contanti)\b/
// OCR often garbles the last letter of CHANGE (Changs, Chang3)
const CHANGE = /^\W*(?:chang\p{L}?|kembalian|wechselgeld|rendu|monnaie|wisselgeld|cambio|resto)(?!\p{L})/u

/**
 * Receipts print what was handed over and what came back; their difference is what was paid,
 * which is the total. It is independent evidence for the total, useful when OCR misreads it.
 */
export function paidAmount(doc: Doc): Candidate | null {
  const cash = amountAfter(doc, CASH)
  const change = amountAfter(doc, CHANGE)
  if (!cash || !change) return null
  const paid = new Decimal(cash.value).minus(change.value)
  if (paid.lessThanOrEqualTo(0)) return null
  const words = [...cash.words, ...change.words]
  const raw = `${cash.raw} − ${change.raw}`
  return make('total_amount', paid.toFixed(2), raw, words, 0.6, 'none', 0.8)
}

function amountAfter(doc: Doc, label: RegExp): { value: string; raw: string; words: PlacedWord[] } | null {
  for (const line of doc.lines) {
    if (!label.test(line.folded)) continue
    const a = findAmounts(line.text).filter((x) => x.hasDecimals).pop()
    if (a) return { value: a.value, raw: a.raw, words: wordsInSpan(line, a.start, a.end) }
  }
  return null
}

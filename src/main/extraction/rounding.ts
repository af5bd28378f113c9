import type { Candidate } from './candidate'
import { make } from './candidates'
import type { Doc } from './document'
import { wordsInSpan } from './layout'
import { findAmounts } from './parse/amount'

const ROUNDING = /^\W*(?:rounding|rundung|arrondi|afronding|redondeo|arrotondamento)/
const TENDERED = /^\W*(?:cash|change|tendered|tunai|bar|especes|contant|efectivo|contanti)\b/

/**
 * Receipts rounded to the smallest coin print the rounding adjustment and, on the next line, the
 * amount actually payable: that is the total, whether or not OCR kept its label ("RM 60.30",
 * "…clusive of GST) 80.90"). The unrounded "TOTAL AMT" above it is not what was paid.
 */
export function roundedTotal(doc: Doc): Candidate | null {
  const at = doc.lines.findIndex((l) => ROUNDING.test(l.folded))
  const next = at >= 0 ? doc.lines[at + 1] : undefined
  if (!next || next.page !== doc.lines[at]?.page || TENDERED.test(next.folded)) return null
  const amount = findAmounts(next.text).filter((a) => a.hasDecimals && !a.value.startsWith('-')).pop()
  if (!amount) return null
  const words = wordsInSpan(next, amount.start, amount.end)
  return make('total_amount', amount.value, amount.raw, words, 0.8, 'below', 1, amount.currency)
}

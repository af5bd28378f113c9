import type { Candidate } from './candidate'
import { make } from './candidate'
import type { Doc } from './document'
import { segments } from './layout'
import { fold } from './text'

/** A sentence that states when to pay, in EN, DE, FR, NL, ES, IT, read without a label. */
const TERMS_START =
  /^(?:zahlbar|payable|payment\s+(?:is\s+)?due|net\s+\d+\b|paiement|reglement|betaling|betaalbaar|bitte\s+(?:uberweisen|zahlen)|please\s+(?:pay|remit)|pago|pagamento)/
const TERMS_PERIOD =
  /\b(?:innerhalb|within|binnen|sous|entro|dentro\s+de|a)\s+(?:von\s+|de\s+|van\s+)?\d{1,3}\s+(?:tagen|days|dagen|jours|giorni|dias)\b/

/**
 * Payment terms printed as a sentence of their own ("Zahlbar innerhalb von 30 Tagen ohne
 * Abzug."). Weaker than a labelled value, so a "Payment terms:" label wins when there is one.
 */
export function termsCandidates(doc: Doc): Candidate[] {
  const out: Candidate[] = []
  for (const line of doc.lines) {
    for (const seg of segments(line, 2)) {
      const text = seg.map((w) => w.text).join(' ')
      const folded = fold(text).trim()
      if (!TERMS_START.test(folded) || !TERMS_PERIOD.test(folded)) continue
      if (text.length > 160) continue
      out.push(make('payment_terms', text, text, seg, 0.6, 'none', 0.8))
    }
  }
  return out
}

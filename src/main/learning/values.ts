import type { HeaderFieldKey } from '../../shared/fields'
import { HEADER_FIELD_KIND } from '../../shared/fields'
import { idKey, matchValue, nameKey } from '../eval/match'
import { findAmounts, parseNumber, toMoney } from '../extraction/parse/amount'
import { findDates } from '../extraction/parse/date'
import { findIbans } from '../extraction/parse/iban'
import { findVatIds } from '../validation/vatFormats'

/** Fields memory can read; currency is a code, not a position, and the rules already get it. */
export const MEMORY_FIELDS: readonly HeaderFieldKey[] = [
  'invoice_id',
  'invoice_date',
  'due_date',
  'net_amount',
  'total_tax_amount',
  'total_amount',
  'supplier_name',
  'supplier_tax_id',
  'supplier_iban',
  'receiver_name',
  'purchase_order',
  'payment_terms',
]

/** Reads a field's normalised value from a run of words' text, or null when it holds none. */
export function readValue(field: HeaderFieldKey, text: string, monthFirst = false): string | null {
  const t = text.trim().replace(/\s+/g, ' ')
  if (t === '') return null
  switch (HEADER_FIELD_KIND[field]) {
    case 'amount': {
      const found = findAmounts(t)[0]?.value ?? parseNumber(t)?.value
      return found ? toMoney(found) : null
    }
    case 'date':
      return findDates(t, monthFirst)[0]?.value ?? null
    case 'iban':
      return findIbans(t)[0]?.value ?? null
    case 'tax_id':
      return findVatIds(t)[0]?.value ?? (/\d/.test(t) && t.length >= 6 ? idKey(t) : null)
    case 'id': {
      const id = t.replace(/^(#|no\.?|nr\.?|n°)\s*/i, '')
      return /\d/.test(id) && !/\s/.test(id) ? id : null
    }
    case 'currency':
      return null
    case 'name':
    case 'text':
      return /\p{L}/u.test(t) ? t : null
  }
}

/**
 * Whether two values of a field are the same. Stricter than evaluation's matchValue for names:
 * one containing the other is not the same value when locating it or counting a hit.
 */
export function sameValue(field: HeaderFieldKey, a: string, b: string): boolean {
  const kind = HEADER_FIELD_KIND[field]
  if (kind === 'name' || kind === 'text') return nameKey(a) !== '' && nameKey(a) === nameKey(b)
  return matchValue(field, a, b)
}

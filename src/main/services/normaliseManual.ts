import { HEADER_FIELD_KIND, LINE_ITEM_KIND } from '../../shared/fields'
import type { FieldKind, HeaderFieldKey, LineItemKey } from '../../shared/fields'
import { findAmounts, parseNumber, toMoney } from '../extraction/parse/amount'
import { findDates } from '../extraction/parse/date'

/**
 * A typed or clicked value, normalised the way FIELDS.md stores it, so that a clerk typing
 * `1.234,50 €` stores `1234.50`. Uses the extractor's own parsers so both agree. Values that do
 * not parse are kept as typed; the checks then show what is wrong.
 */
export function normaliseManualValue(key: string, line: number, input: string): string {
  const kind: FieldKind | undefined =
    line === 0 ? HEADER_FIELD_KIND[key as HeaderFieldKey] : LINE_ITEM_KIND[key as LineItemKey]
  const text = input.trim().replace(/\s+/g, ' ')
  if (!kind || text === '') return text
  switch (kind) {
    case 'date':
      return findDates(text)[0]?.value ?? text
    case 'amount': {
      const found = findAmounts(text)[0]?.value ?? parseNumber(text)?.value
      return found ? toMoney(found) : text
    }
    case 'currency':
      return text.toUpperCase()
    case 'tax_id':
    case 'iban':
      return text.toUpperCase().replace(/[\s.-]/g, '')
    case 'id':
      return text.replace(/^(#|no\.?|nr\.?|n°)\s*/i, '')
    default:
      return text
  }
}

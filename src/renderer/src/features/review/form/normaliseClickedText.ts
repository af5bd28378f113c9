import type { FieldKind } from '../../../../../shared/fields'

const CURRENCY_SYMBOLS: Record<string, string> = {
  '€': 'EUR',
  $: 'USD',
  US$: 'USD',
  '£': 'GBP',
  '₹': 'INR',
  Rs: 'INR',
  'Rs.': 'INR',
}

const SYMBOL_PATTERN = /[€$£₹¥]|(?<![A-Za-z])(?:US\$|Rs\.?|[A-Z]{3})(?![A-Za-z])/g

/**
 * Light clean-up of words clicked on the page before they go into a field. Main normalises the
 * value properly; this only removes what a click drags along (spaces, the currency next to an
 * amount) so the field shows what the clerk meant.
 */
export function normaliseClickedText(text: string, kind: FieldKind): string {
  const trimmed = text.replace(/\s+/g, ' ').trim()
  switch (kind) {
    case 'amount':
      return trimmed.replace(SYMBOL_PATTERN, '').replace(/\s+/g, ' ').trim()
    case 'currency':
      return CURRENCY_SYMBOLS[trimmed] ?? trimmed.toUpperCase()
    case 'tax_id':
    case 'iban':
      return trimmed.replace(/\s+/g, '').toUpperCase()
    default:
      return trimmed
  }
}

import Decimal from 'decimal.js'
import type { HeaderFieldKey, LineItemKey } from '../../shared/fields'
import { HEADER_FIELD_KIND, LINE_ITEM_KIND } from '../../shared/fields'

const LEGAL_FORMS = new Set([
  'gmbh', 'ag', 'kg', 'co', 'ohg', 'ug', 'inc', 'ltd', 'limited', 'llc', 'llp', 'plc', 'corp',
  'bv', 'nv', 'sa', 'sas', 'sarl', 'srl', 'spa', 'sl', 'pty', 'sdn', 'bhd', 'pvt', 'private', 'ek',
])

/** FIELDS.md matching: dates/amounts by value, ids without separators, names folded/contained. */
export function matchValue(
  key: HeaderFieldKey | LineItemKey,
  predicted: string,
  truth: string,
): boolean {
  const kind =
    key in HEADER_FIELD_KIND
      ? HEADER_FIELD_KIND[key as HeaderFieldKey]
      : LINE_ITEM_KIND[key as LineItemKey]
  switch (kind) {
    case 'amount':
      return sameNumber(predicted, truth)
    case 'date':
      return predicted.trim() === truth.trim()
    case 'id':
    case 'tax_id':
    case 'iban':
      return idKey(predicted) === idKey(truth)
    case 'currency':
      return predicted.trim().toUpperCase() === truth.trim().toUpperCase()
    case 'name':
    case 'text': {
      const p = nameKey(predicted)
      const t = nameKey(truth)
      if (p === '' || t === '') return p === t
      return p === t || containsWords(p, t) || containsWords(t, p)
    }
  }
}

export function idKey(value: string): string {
  return value.toUpperCase().replace(/[\s#\-/.]/g, '')
}

export function nameKey(value: string): string {
  const words = value
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    // dots inside legal forms (B.V., S.A.) go first so the form is one word
    .replace(/(?<=\b\p{L})\.(?=\p{L}\b)/gu, '')
    .replace(/[^\p{L}\p{N}\s]+/gu, ' ')
    .split(/\s+/)
    .filter((w) => w !== '' && !LEGAL_FORMS.has(w))
  return words.join(' ')
}

/** Containment on whole words, so "free" is in "free sas" but "a" is not in "amazon". */
function containsWords(outer: string, inner: string): boolean {
  return ` ${outer} `.includes(` ${inner} `)
}

function sameNumber(a: string, b: string): boolean {
  try {
    return new Decimal(a.trim()).equals(new Decimal(b.trim()))
  } catch {
    return false
  }
}

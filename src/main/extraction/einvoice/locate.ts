import type { BBox, FieldKind } from '../../../shared/fields'
import type { PageWords } from '../../../shared/words'
import { groupLines, unionBox, type Line } from '../layout'
import { parseNumber } from '../parse/amount'
import { findDates } from '../parse/date'
import { simplify } from '../text'

export interface Location {
  page: number
  bbox: BBox
  raw: string
}

const MAX_WORDS = 8

/**
 * Finds where an e-invoice value is printed: the first run of words whose normalised text equals
 * the normalised value (amounts as numbers, dates as ISO, ids without separators, names folded).
 */
export function locate(lines: readonly Line[], value: string, kind: FieldKind): Location | null {
  const target = normalise(value.split('\n')[0] ?? value, kind)
  if (!target) return null
  for (const line of lines) {
    for (let i = 0; i < line.words.length; i++) {
      for (let n = 1; n <= MAX_WORDS && i + n <= line.words.length; n++) {
        const words = line.words.slice(i, i + n)
        const raw = words.map((w) => w.text).join(' ')
        if (normalise(raw, kind) === target) {
          return { page: line.page, bbox: unionBox(words.map((w) => w.bbox)), raw }
        }
      }
    }
  }
  return null
}

export function allLines(pages: readonly PageWords[]): Line[] {
  return pages.flatMap((p) => groupLines(p))
}

function normalise(text: string, kind: FieldKind): string | null {
  switch (kind) {
    case 'amount': {
      const cleaned = text.replace(/[€$£%]|\b[A-Z]{3}\b/g, '').trim()
      const n = parseNumber(cleaned.replace(/^-/, ''))
      return n ? String(Number(n.value) * (cleaned.startsWith('-') ? -1 : 1)) : null
    }
    case 'date':
      return /^\d{4}-\d{2}-\d{2}$/.test(text) ? text : (findDates(text)[0]?.value ?? null)
    case 'id':
    case 'tax_id':
    case 'iban':
      return text.toUpperCase().replace(/[\s#\-/.:]/g, '') || null
    default:
      return simplify(text) || null
  }
}

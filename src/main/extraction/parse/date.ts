import { fold } from '../text'

export interface DateMatch {
  value: string
  raw: string
  start: number
  end: number
  /** True when day and month could be swapped and the document's habit decided. */
  ambiguous: boolean
}

/** Month names and abbreviations in EN, DE, FR, NL, ES, IT (folded: no accents, lower case). */
const MONTHS: readonly string[][] = [
  ['january', 'jan', 'januar', 'janvier', 'janv', 'januari', 'enero', 'ene', 'gennaio', 'gen', 'jänner', 'janner'],
  ['february', 'feb', 'februar', 'fevrier', 'fevr', 'fev', 'februari', 'febrero', 'febbraio'],
  ['march', 'mar', 'marz', 'mrz', 'mars', 'maart', 'mrt', 'marzo'],
  ['april', 'apr', 'avril', 'avr', 'abril', 'abr', 'aprile'],
  ['may', 'mai', 'mei', 'mayo', 'maggio', 'mag'],
  ['june', 'jun', 'juni', 'juin', 'junio', 'giugno', 'giu'],
  ['july', 'jul', 'juli', 'juillet', 'juil', 'julio', 'luglio', 'lug'],
  ['august', 'aug', 'aout', 'augustus', 'agosto', 'ago'],
  ['september', 'sep', 'sept', 'septembre', 'septiembre', 'settembre', 'set'],
  ['october', 'oct', 'oktober', 'okt', 'octobre', 'octubre', 'ottobre', 'ott'],
  ['november', 'nov', 'novembre', 'noviembre'],
  ['december', 'dec', 'dezember', 'dez', 'decembre', 'diciembre', 'dic', 'dicembre'],
]
const MONTH_INDEX = new Map<string, number>()
MONTHS.forEach((names, i) => names.forEach((n) => MONTH_INDEX.set(n, i + 1)))
const MONTH_ALT = [...MONTH_INDEX.keys()].sort((a, b) => b.length - a.length).join('|')

const NUMERIC = /(?<![\d.])(\d{4})[-./](\d{1,2})[-./](\d{1,2})(?!\d)|(?<![\d.])(\d{1,2})\s?([-./])\s?(\d{1,2})\s?\5\s?(\d{4}|\d{2})(?![\d])/g
const DAY_MONTH = new RegExp(
  `(?<![\\p{L}\\d])(\\d{1,2})(?:st|nd|rd|th|er)?\\.?\\s*(?:de\\s+)?(${MONTH_ALT})\\.?,?\\s*(?:de\\s+)?(\\d{4}|'?\\d{2})(?!\\d)`,
  'gu',
)
const MONTH_DAY = new RegExp(
  `(?<![\\p{L}])(${MONTH_ALT})\\.?\\s*(\\d{1,2})(?:st|nd|rd|th)?\\s*,?\\s*(\\d{4})(?!\\d)`,
  'gu',
)

/**
 * Finds dates in a line. `monthFirst` settles numeric dates like 03/04/2023 where both orders are
 * valid; the caller derives it from the document's unambiguous dates.
 */
export function findDates(text: string, monthFirst = false): DateMatch[] {
  const folded = fold(text)
  const out: DateMatch[] = []
  for (const m of folded.matchAll(NUMERIC)) {
    let y: number, a: number, b: number
    let ambiguous = false
    if (m[1]) {
      y = Number(m[1])
      a = Number(m[2])
      b = Number(m[3])
      push(out, text, m, y, a, b, false)
      continue
    }
    if (!evenlySpaced(m[0])) continue
    y = year(m[7] ?? '')
    a = Number(m[4])
    b = Number(m[6])
    let month = b
    let day = a
    if (a <= 12 && b <= 12 && a !== b) {
      ambiguous = true
      if (monthFirst) [month, day] = [a, b]
    } else if (b > 12 && a <= 12) [month, day] = [a, b]
    push(out, text, m, y, month, day, ambiguous)
  }
  for (const m of folded.matchAll(DAY_MONTH)) {
    push(out, text, m, year(m[3] ?? ''), MONTH_INDEX.get(m[2] ?? '') ?? 0, Number(m[1]), false)
  }
  for (const m of folded.matchAll(MONTH_DAY)) {
    push(out, text, m, year(m[3] ?? ''), MONTH_INDEX.get(m[1] ?? '') ?? 0, Number(m[2]), false)
  }
  return out.sort((x, y) => x.start - y.start)
}

/** True when a numeric date in the text can only be read month-first (e.g. 03/20/2023). */
export function showsMonthFirst(text: string): number {
  let score = 0
  for (const m of text.matchAll(NUMERIC)) {
    if (m[1]) continue
    const a = Number(m[4])
    const b = Number(m[6])
    if (a <= 12 && b > 12 && b <= 31) score++
    if (a > 12 && a <= 31 && b <= 12) score--
  }
  return score
}

function push(
  out: DateMatch[],
  text: string,
  m: RegExpMatchArray,
  y: number,
  month: number,
  day: number,
  ambiguous: boolean,
): void {
  const start = m.index ?? 0
  const end = start + m[0].length
  if (out.some((d) => start < d.end && end > d.start)) return
  const iso = isoDate(y, month, day)
  if (iso) out.push({ value: iso, raw: text.slice(start, end), start, end, ambiguous })
}

/**
 * OCR spaces a date's separators the same way throughout ("12 / 01 / 19" or "12/01/19"); a mix
 * ("HC03-7 - 15") is an item code next to a quantity, not a date.
 */
function evenlySpaced(match: string): boolean {
  const gaps = /^\d{1,2}(\s?)[-./](\s?)\d{1,2}(\s?)[-./](\s?)\d{2,4}$/.exec(match)
  return gaps !== null && gaps.slice(2).every((g) => g === gaps[1])
}

function year(raw: string): number {
  const digits = raw.replace(/\D/g, '')
  const n = Number(digits)
  if (digits.length === 4) return n
  // two-digit years: invoices are recent, so 00-69 means 20xx
  return n < 70 ? 2000 + n : 1900 + n
}

export function isoDate(y: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || y < 1900 || y > 2100) return null
  const d = new Date(Date.UTC(y, month - 1, day))
  if (d.getUTCDate() !== day) return null
  return `${y}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

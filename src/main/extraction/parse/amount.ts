import Decimal from 'decimal.js'

export interface AmountMatch {
  /** Normalised decimal string (at least 2 places). */
  value: string
  raw: string
  start: number
  end: number
  /** ISO code when a symbol or code is attached to the number. */
  currency: string | null
  /** True when the number had explicit decimals (plain integers are weaker evidence). */
  hasDecimals: boolean
}

const SYMBOLS: Record<string, string> = {
  '€': 'EUR',
  $: 'USD',
  '£': 'GBP',
  '₹': 'INR',
  '¥': 'JPY',
  Rs: 'INR',
  'Rs.': 'INR',
  RM: 'MYR',
  'Fr.': 'CHF',
  kr: 'SEK',
}
const CODES = ['EUR', 'USD', 'GBP', 'INR', 'CHF', 'MYR', 'SGD', 'AUD', 'CAD', 'JPY', 'SEK', 'NOK']
const CUR = `(?:${CODES.join('|')}|€|\\$|£|₹|¥|Rs\\.?|RM)`
// space thousands only with a comma decimal (1 278,61), so "Qty 1 278.61" stays two numbers
const NUM = [
  `\\d{1,3}(?:[.,']\\d{3})+(?:[.,]\\d{1,4})?`,
  `\\d{1,3}(?:[ \\u00a0]\\d{3})+,\\d{1,4}`,
  `\\d+(?:[.,]\\d{1,4})?`,
].join('|')
const AMOUNT_RE = new RegExp(
  `(\\(?)(-?)\\s?(${CUR})?\\s?(-?)\\s?(${NUM})(?!\\d)(?![.,]\\d)\\s?(${CUR})?(\\)?)(?!\\s?%)`,
  'g',
)

/** Finds every amount-like number in a line of text, skipping percentages. */
export function findAmounts(text: string): AmountMatch[] {
  const out: AmountMatch[] = []
  for (const m of text.matchAll(AMOUNT_RE)) {
    const [whole, open, minus1, cur1, minus2, num, cur2, close] = m
    if (!num) continue
    const lead = whole.length - whole.trimStart().length
    const from = m.index + lead
    const to = m.index + whole.trimEnd().length
    // a digit glued to letters is part of a code (INV2023, 12GB), not an amount
    const before = text[from - 1] ?? ' '
    const after = text[to] ?? ' '
    if (/[\p{L}\d/_-]/u.test(before) && !cur1) continue
    if (/[\p{L}\d/_]/u.test(after) && !cur2) continue
    // pieces of dates, times and codes: 04.04.2020, 13:50, 10-1
    if (/\d[.,:/-]$/.test(text.slice(from - 2, from)) || /^[.:/-]\d/.test(text.slice(to, to + 2))) {
      continue
    }
    const parsed = parseNumber(num)
    if (!parsed) continue
    const negative = Boolean(minus1 || minus2 || (open && close))
    const code = toCode(cur1 ?? cur2 ?? null)
    out.push({
      value: negative ? negate(parsed.value) : parsed.value,
      raw: whole.trim(),
      start: from,
      end: to,
      currency: code,
      hasDecimals: parsed.decimals > 0,
    })
  }
  return out
}

/** Parses one printed number: `,` or `.` decimals; `.`, `,`, `'` or space thousands. */
export function parseNumber(raw: string): { value: string; decimals: number } | null {
  const text = raw.replace(/[\u00a0 ']/g, (c) => (c === "'" ? "'" : ' ')).trim()
  if (!/^\d/.test(text)) return null
  const lastSep = Math.max(text.lastIndexOf('.'), text.lastIndexOf(','))
  let intPart = text
  let frac = ''
  if (lastSep >= 0) {
    const sep = text[lastSep] ?? '.'
    const tail = text.slice(lastSep + 1)
    const head = text.slice(0, lastSep)
    const otherSepBefore = head.includes(sep === '.' ? ',' : '.')
    const repeated = head.includes(sep)
    // 1,939 and 1.000 read as thousands; 1.000,50 and 4.11 as decimals
    const thousands = tail.length === 3 && !otherSepBefore
    if (!thousands && !repeated) {
      intPart = head
      frac = tail
    } else if (!thousands && repeated) return null
  }
  const digits = intPart.replace(/[.,' ]/g, '')
  if (!/^\d+$/.test(digits) || (frac !== '' && !/^\d+$/.test(frac))) return null
  const value = new Decimal(`${digits}${frac ? `.${frac}` : ''}`)
  return { value: value.toFixed(Math.max(2, frac.length)), decimals: frac.length }
}

/** Normalises a decimal string to the FIELDS.md form with exactly 2 places. */
export function toMoney(value: string): string {
  return new Decimal(value).toFixed(2)
}

export function negate(value: string): string {
  return value.startsWith('-') ? value.slice(1) : `-${value}`
}

export function toCode(symbol: string | null): string | null {
  if (!symbol) return null
  if (CODES.includes(symbol)) return symbol
  return SYMBOLS[symbol] ?? null
}

import { toCode } from './amount'

const CODE_RE = /(?<![A-Z])(EUR|USD|GBP|INR|CHF|MYR|SGD|AUD|CAD|JPY|SEK|NOK|DKK|PLN|CZK)(?![A-Z])|€|\$|£|₹|\bRs\.?(?=\s?-?\d)|\bRM(?=\s?\d)/

/** The first currency code or symbol in a text. */
export function detectCurrencyCode(text: string): { code: string; raw: string } | null {
  const m = CODE_RE.exec(text)
  if (!m) return null
  const code = toCode(m[0].trim()) ?? (/^[A-Z]{3}$/.test(m[0]) ? m[0] : null)
  return code ? { code, raw: m[0] } : null
}

/** Words that name a currency in running text ("All charges are in US Dollars", "Euro"). */
export function currencyFromWords(folded: string): string | null {
  if (/\b(?:us\s*dollars?|usd)\b/.test(folded)) return 'USD'
  if (/\beuros?\b/.test(folded)) return 'EUR'
  if (/\brupees?\b/.test(folded)) return 'INR'
  if (/\bringgit\b/.test(folded)) return 'MYR'
  return null
}

const COUNTRY_CURRENCY: readonly [RegExp, string][] = [
  [/\bindia\b|\bgstin\b|\brupees?\b/, 'INR'],
  [/\bmalaysia\b|\bringgit\b|\bsdn\.?\s*bhd\b/, 'MYR'],
  [/\bchina\b|\brmb\b|\byuan\b/, 'CNY'],
  [/\bjapan\b|\byen\b/, 'JPY'],
]

/**
 * The country a document names, as its currency: the fallback when no symbol is printed, and the
 * tie-breaker for symbols shared by several currencies (¥ is yen and yuan; OCR also reads ₹ as ¥).
 */
export function currencyFromCountry(folded: string): string | null {
  return COUNTRY_CURRENCY.find(([re]) => re.test(folded))?.[1] ?? null
}

/**
 * Money as integer cents. Quantities are integer hundredths and tax rates integer hundredths of a
 * percent (19 % = 1900), so every sum in the truth is exact by construction, never a float.
 */

export interface NumberStyle {
  decimal: ',' | '.'
  /** '' for none; ' ' is the French habit (a plain space: standard PDF fonts lack U+202F). */
  thousands: '.' | ',' | ' ' | ''
}

export interface MoneyStyle extends NumberStyle {
  symbol: string
  /** '€ 1.234,56' (before) vs '1.234,56 €' (after). */
  symbolPosition: 'before' | 'after'
  symbolSpace: boolean
}

/** Tax on a net amount, rounded half-up to the cent. */
export function taxCents(netCents: number, rateHundredths: number): number {
  if (!Number.isSafeInteger(netCents * rateHundredths)) throw new Error('amount too large')
  return Math.floor((netCents * rateHundredths + 5000) / 10000)
}

/** Line amount of quantity × unit price, or null when it would not be a whole number of cents. */
export function lineAmountCents(quantityHundredths: number, unitCents: number): number | null {
  const product = quantityHundredths * unitCents
  return product % 100 === 0 ? product / 100 : null
}

/** `1234.50`: the normalised form of FIELDS.md. */
export function toDecimal(hundredths: number): string {
  const sign = hundredths < 0 ? '-' : ''
  const abs = Math.abs(hundredths)
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`
}

export function formatNumber(hundredths: number, style: NumberStyle, places = 2): string {
  const [whole = '0', frac = '00'] = toDecimal(hundredths).replace('-', '').split('.')
  const grouped = style.thousands ? whole.replace(/\B(?=(\d{3})+$)/g, style.thousands) : whole
  const sign = hundredths < 0 ? '-' : ''
  return places === 0 ? `${sign}${grouped}` : `${sign}${grouped}${style.decimal}${frac}`
}

export function formatMoney(cents: number, style: MoneyStyle): string {
  const amount = formatNumber(cents, style)
  if (!style.symbol) return amount
  const gap = style.symbolSpace ? ' ' : ''
  return style.symbolPosition === 'before'
    ? `${style.symbol}${gap}${amount}`
    : `${amount}${gap}${style.symbol}`
}

/** Quantities print without decimals when whole: `3`, `2,5`, `0,75`. */
export function formatQuantity(hundredths: number, style: NumberStyle): string {
  if (hundredths % 100 === 0) return formatNumber(hundredths, style, 0)
  const text = formatNumber(hundredths, style)
  return text.endsWith('0') ? text.slice(0, -1) : text
}

/** `19 %`, `20%`, `8.25%`: how the rate stands in a table cell. */
export function formatRate(rateHundredths: number, style: NumberStyle, spaced: boolean): string {
  const text =
    rateHundredths % 100 === 0
      ? String(rateHundredths / 100)
      : formatNumber(rateHundredths, { ...style, thousands: '' })
  return spaced ? `${text} %` : `${text}%`
}

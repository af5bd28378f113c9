/** How each supplier writes money; the same currency is written differently across borders. */
import type { MoneyStyle } from '../money'

export const EURO_DE: MoneyStyle = {
  decimal: ',',
  thousands: '.',
  symbol: '€',
  symbolPosition: 'after',
  symbolSpace: true,
}
export const EURO_CODE_DE: MoneyStyle = { ...EURO_DE, symbol: 'EUR' }
export const EURO_FR: MoneyStyle = { ...EURO_DE, thousands: ' ' }
export const EURO_NL: MoneyStyle = { ...EURO_DE, symbolPosition: 'before' }
export const POUND_GB: MoneyStyle = {
  decimal: '.',
  thousands: ',',
  symbol: '£',
  symbolPosition: 'before',
  symbolSpace: false,
}
export const DOLLAR_US: MoneyStyle = { ...POUND_GB, symbol: '$' }

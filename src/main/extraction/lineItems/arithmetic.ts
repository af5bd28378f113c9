import Decimal from 'decimal.js'
import type { LineItem } from '../../../shared/fields'

/** quantity × unit price = amount, to the cent. */
export function rowAddsUp(quantity: string, unitPrice: string, amount: string): boolean {
  return new Decimal(quantity).times(unitPrice).minus(amount).abs().lessThanOrEqualTo(0.01)
}

/**
 * OCR drops decimal points ("2.21" read as "221"). When the row's arithmetic fails as read but
 * holds with the unit price's last two digits as cents, the point was lost: put it back, with
 * less confidence. A unit price printed with a separator is never touched.
 */
export function restoreDroppedPoint(item: LineItem): void {
  const { quantity, unit_price: price, amount } = item
  if (!quantity || !price || !amount || /[.,]/.test(price.raw)) return
  if (rowAddsUp(quantity.value, price.value, amount.value)) return
  const cents = new Decimal(price.value).div(100).toFixed(2)
  if (!rowAddsUp(quantity.value, cents, amount.value)) return
  const confidence = Math.round(price.confidence * 0.7 * 1000) / 1000
  item.unit_price = { ...price, value: cents, confidence }
}

export function addsUp(item: LineItem): boolean {
  const { quantity, unit_price: price, amount } = item
  return !!quantity && !!price && !!amount && rowAddsUp(quantity.value, price.value, amount.value)
}

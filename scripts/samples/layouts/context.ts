/** What every layout needs: the invoice, its supplier's words and number formats, the writer. */
import { formatDate, type CalendarDate } from '../dates'
import type { DocWriter } from '../draw'
import { LABELS, type Labels } from '../labels'
import { formatMoney, formatNumber, formatQuantity, formatRate } from '../money'
import type { Invoice } from '../model'

export interface LayoutContext {
  writer: DocWriter
  invoice: Invoice
  labels: Labels
  /** With currency symbol: `1.234,56 €`. */
  money: (cents: number) => string
  /** Without symbol, for table cells: `1.234,56`. */
  amount: (cents: number) => string
  quantity: (hundredths: number) => string
  rate: (hundredths: number) => string
  date: (date: CalendarDate) => string
}

export type Layout = (ctx: LayoutContext) => void

export function layoutContext(writer: DocWriter, invoice: Invoice): LayoutContext {
  const { supplier } = invoice
  const style = supplier.money
  return {
    writer,
    invoice,
    labels: { ...LABELS[supplier.language], ...supplier.labels },
    money: (cents) => formatMoney(cents, style),
    amount: (cents) => formatNumber(cents, style),
    quantity: (hundredths) => formatQuantity(hundredths, style),
    rate: (hundredths) => formatRate(hundredths, style, supplier.language !== 'en'),
    date: (date) => formatDate(date, supplier.dateStyle),
  }
}

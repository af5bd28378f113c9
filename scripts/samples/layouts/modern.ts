/**
 * The English-language template: a large INVOICE title, the supplier top right, header fields with
 * right-aligned labels and the values beside them, an accent-coloured table head, boxed total.
 */
import { groupIban } from '../ids'
import type { Sheet } from '../draw'
import type { Layout, LayoutContext } from './context'
import { continuationHeader, itemColumns, rowIf } from './blocks'
import { drawTable, ensureRoom, stampPageNumbers } from './table'

const LEFT = 48

export const modernLayout: Layout = (ctx) => {
  const { invoice, labels, writer } = ctx
  const { supplier } = invoice
  const first = writer.addSheet()
  const right = first.width - LEFT
  const bottom = first.height - 100

  first.fillRect(0, 0, first.width, 10, supplier.accent)
  const accent = { weight: 'bold', color: supplier.accent } as const
  first.text(labels.invoice.toUpperCase(), LEFT, 70, { ...accent, size: 28 })
  first.text(supplier.name, right, 48, { size: 12, weight: 'bold', align: 'right' })
  const taxId = `${labels.vatId} ${supplier.taxIdPrinted}`
  const about = [...supplier.address, ...supplier.contact, taxId]
  about.forEach((line, i) => {
    first.text(line, right, 62 + i * 11, { size: 8.5, align: 'right', grey: 0.3 })
  })

  const meta: [string, string][] = [
    [labels.invoiceNo, invoice.number],
    [labels.invoiceDate, ctx.date(invoice.issued)],
    [labels.dueDate, ctx.date(invoice.due)],
    ...rowIf(labels.purchaseOrder, invoice.purchaseOrder),
  ]
  meta.forEach(([label, value], i) => {
    first.text(label, LEFT + 80, 110 + i * 14, { size: 9, align: 'right', grey: 0.4 })
    first.text(value, LEFT + 88, 110 + i * 14, { size: 9, weight: 'bold' })
  })

  const billTop = Math.max(62 + about.length * 11 + 26, 180)
  first.text(labels.billTo.toUpperCase(), LEFT, billTop, { ...accent, size: 8 })
  first.text(invoice.receiver.name, LEFT, billTop + 14, { size: 10, weight: 'bold' })
  invoice.receiver.lines.forEach((line, i) => {
    first.text(line, LEFT, billTop + 27 + i * 12, { size: 9.5 })
  })

  const continuePage = (sheet: Sheet): number => continuationHeader(ctx, sheet, LEFT, right, 50)
  const columns = itemColumns(ctx, {
    code: LEFT + 6,
    description: LEFT + 62,
    descriptionWidth: right - LEFT - 300,
    quantity: right - 190,
    unitPrice: right - 115,
    taxRate: right - 75,
    amount: right - 6,
  })
  const style = { left: LEFT, right, rowHeight: 19, fontSize: 9, header: 'accent' as const, bottom }
  const tableTop = billTop + 27 + invoice.receiver.lines.length * 12 + 22
  let cursor = drawTable(ctx, { sheet: first, y: tableTop }, columns, style, continuePage)
  cursor = ensureRoom(ctx, cursor, 150, bottom, continuePage)

  const { sheet } = cursor
  const y = cursor.y + 22
  const labelX = right - 190
  const rows: [string, string][] = [
    [labels.net, ctx.money(invoice.netCents)],
    [labels.tax(ctx.rate(supplier.taxRate)), ctx.money(invoice.taxCents)],
  ]
  rows.forEach(([label, value], i) => {
    sheet.text(label, labelX, y + i * 15, { size: 9.5 })
    sheet.text(value, right - 6, y + i * 15, { size: 9.5, align: 'right' })
  })
  sheet.fillRect(labelX - 8, y + 23, right - labelX + 8, 24, supplier.accent)
  const total = { size: 10.5, weight: 'bold', grey: 1 } as const
  sheet.text(`${labels.total} (${supplier.currency})`, labelX, y + 39, total)
  sheet.text(ctx.money(invoice.totalCents), right - 6, y + 39, { ...total, align: 'right' })

  paymentNotes(ctx, sheet, y)
  stampPageNumbers(ctx, right, bottom + 40)
}

function paymentNotes(ctx: LayoutContext, sheet: Sheet, y: number): void {
  const { supplier } = ctx.invoice
  const { labels } = ctx
  const heading = { size: 8, weight: 'bold', color: supplier.accent } as const
  sheet.text(labels.terms.toUpperCase(), LEFT, y, heading)
  sheet.text(supplier.paymentTerms, LEFT, y + 13, { size: 9 })
  sheet.text(labels.bank.toUpperCase(), LEFT, y + 36, heading)
  const bank = [
    supplier.bankName,
    ...(supplier.iban ? [`IBAN ${groupIban(supplier.iban)}`] : []),
    ...(supplier.bic ? [`BIC/SWIFT ${supplier.bic}`] : []),
    ...(supplier.domesticAccount ? [supplier.domesticAccount] : []),
  ]
  bank.forEach((line, i) => sheet.text(line, LEFT, y + 49 + i * 12, { size: 9 }))
  const legalTop = sheet.height - 45
  const centre = sheet.width / 2
  sheet.text(labels.thanks, centre, legalTop - 14, { size: 9, weight: 'italic', align: 'center' })
  const legal = supplier.legal.join(' · ')
  if (legal) sheet.text(legal, centre, legalTop, { size: 7, align: 'center', grey: 0.4 })
}

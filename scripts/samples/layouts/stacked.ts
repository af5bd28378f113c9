/**
 * Labels above their values: a row of boxed header fields (number, dates, order), the billed party
 * on the right, a shaded item table, totals, and the small print centred at the bottom.
 */
import { groupIban } from '../ids'
import type { Sheet } from '../draw'
import type { Layout, LayoutContext } from './context'
import { continuationHeader, itemColumns } from './blocks'
import { drawTable, ensureRoom, stampPageNumbers } from './table'

const LEFT = 50

export const stackedLayout: Layout = (ctx) => {
  const { invoice, labels, writer } = ctx
  const { supplier } = invoice
  const first = writer.addSheet()
  const right = first.width - LEFT
  const bottom = first.height - 110

  first.text(supplier.name, LEFT, 64, { size: 17, weight: 'bold', color: supplier.accent })
  first.text(supplier.address.join(' · '), LEFT, 80, { size: 8.5, grey: 0.3 })
  first.text(supplier.contact.join(' · '), LEFT, 92, { size: 8.5, grey: 0.3 })
  first.text(labels.invoice.toUpperCase(), right, 64, { size: 22, weight: 'bold', align: 'right' })

  const billX = right - 200
  first.text(labels.billTo, billX, 125, { size: 7.5, grey: 0.45 })
  first.text(invoice.receiver.name, billX, 139, { size: 10, weight: 'bold' })
  invoice.receiver.lines.forEach((line, i) => first.text(line, billX, 152 + i * 12, { size: 9.5 }))

  const boxes: [string, string][] = [
    [labels.invoiceNo, invoice.number],
    [labels.invoiceDate, ctx.date(invoice.issued)],
    [labels.dueDate, ctx.date(invoice.due)],
    invoice.purchaseOrder
      ? [labels.purchaseOrder, invoice.purchaseOrder]
      : [labels.customerNo, invoice.receiver.customerNo],
  ]
  const boxWidth = (right - LEFT) / boxes.length
  boxes.forEach(([label, value], i) => {
    const x = LEFT + i * boxWidth
    first.rect(x, 215, boxWidth, 38, { border: 0.6 })
    first.text(label.toUpperCase(), x + 8, 228, { size: 6.5, grey: 0.4 })
    first.text(value, x + 8, 245, { size: 10, weight: 'bold' })
  })

  const continuePage = (sheet: Sheet): number => continuationHeader(ctx, sheet, LEFT, right, 56)
  const columns = itemColumns(ctx, {
    code: LEFT + 4,
    description: LEFT + 52,
    descriptionWidth: right - LEFT - 310,
    quantity: right - 205,
    unitPrice: right - 130,
    taxRate: right - 82,
    amount: right - 4,
  })
  const style = {
    left: LEFT,
    right,
    rowHeight: 18,
    fontSize: 8.5,
    header: 'shaded' as const,
    bottom,
  }
  let cursor = drawTable(ctx, { sheet: first, y: 275 }, columns, style, continuePage)
  cursor = ensureRoom(ctx, cursor, 120, bottom, continuePage)

  const { sheet } = cursor
  const y = cursor.y + 22
  const labelX = right - 200
  const rows: [string, string][] = [
    [labels.net, ctx.money(invoice.netCents)],
    [labels.tax(ctx.rate(supplier.taxRate)), ctx.money(invoice.taxCents)],
  ]
  rows.forEach(([label, value], i) => {
    sheet.text(label, labelX, y + i * 15, { size: 9 })
    sheet.text(value, right - 4, y + i * 15, { size: 9, align: 'right' })
  })
  sheet.rect(labelX - 6, y + 22, right - labelX + 6, 22, { fill: 0.9 })
  sheet.text(`${labels.total} (${supplier.currency})`, labelX, y + 37, { size: 10, weight: 'bold' })
  sheet.text(ctx.money(invoice.totalCents), right - 4, y + 37, {
    size: 10,
    weight: 'bold',
    align: 'right',
  })

  sheet.text(labels.terms.toUpperCase(), LEFT, y, { size: 6.5, grey: 0.4 })
  sheet.text(supplier.paymentTerms, LEFT, y + 13, { size: 8.5 })
  sheet.text(labels.thanks, LEFT, y + 37, { size: 8.5, weight: 'italic' })

  for (const page of writer.sheets) stackedFooter(ctx, page)
  stampPageNumbers(ctx, right, bottom + 20)
}

function stackedFooter(ctx: LayoutContext, sheet: Sheet): void {
  const { supplier } = ctx.invoice
  const { labels } = ctx
  const centre = sheet.width / 2
  const top = sheet.height - 70
  sheet.line(LEFT, top - 12, sheet.width - LEFT, top - 12, 0.4, 0.6)
  const payment = supplier.iban
    ? `IBAN ${groupIban(supplier.iban)} · BIC ${supplier.bic ?? ''}`
    : (supplier.domesticAccount ?? '')
  const lines = [
    [supplier.name, ...supplier.legal].join(' · '),
    `${labels.vatId} ${supplier.taxIdPrinted} · ${labels.bank}: ${supplier.bankName}`,
    payment,
  ]
  lines.forEach((line, i) => {
    sheet.text(line, centre, top + i * 10, { size: 7, align: 'center', grey: 0.35 })
  })
}

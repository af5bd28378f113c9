/**
 * The German business letter (DIN 5008 look): sender line over the address window, an info block
 * with labels left of their values, the items, totals on the right, a three-column footer.
 */
import { groupIban } from '../ids'
import type { Sheet } from '../draw'
import type { Layout, LayoutContext } from './context'
import { continuationHeader, itemColumns, rowIf } from './blocks'
import { drawTable, ensureRoom, stampPageNumbers } from './table'

const LEFT = 57
const RIGHT = 538
const FOOTER_TOP = 768
const BOTTOM = 735

export const classicLayout: Layout = (ctx) => {
  const { invoice, labels, writer } = ctx
  const { supplier } = invoice
  const first = writer.addSheet()

  const letterhead = { align: 'right', color: supplier.accent } as const
  first.text(supplier.name, RIGHT, 62, { ...letterhead, size: 15, weight: 'bold' })
  supplier.address.forEach((line, i) => {
    first.text(line, RIGHT, 78 + i * 11, { size: 8.5, align: 'right' })
  })
  const contactTop = 80 + supplier.address.length * 11
  supplier.contact.forEach((line, i) => {
    first.text(line, RIGHT, contactTop + i * 11, { size: 8, align: 'right', grey: 0.35 })
  })

  const senderLine = [supplier.name, ...supplier.address.slice(0, 2)].join(' · ')
  first.text(senderLine, LEFT, 140, { size: 6.5, grey: 0.3 })
  first.line(LEFT, 143, LEFT + first.textWidth(senderLine, 6.5), 143, 0.3, 0.3)
  first.text(invoice.receiver.name, LEFT, 160, { size: 10 })
  invoice.receiver.lines.forEach((line, i) => first.text(line, LEFT, 173 + i * 12.5, { size: 10 }))

  const info: [string, string][] = [
    [labels.invoiceNo, invoice.number],
    [labels.invoiceDate, ctx.date(invoice.issued)],
    [labels.customerNo, invoice.receiver.customerNo],
    ...rowIf(labels.purchaseOrder, invoice.purchaseOrder),
    [labels.dueDate, ctx.date(invoice.due)],
  ]
  info.forEach(([label, value], i) => {
    first.text(label, 345, 160 + i * 13, { size: 9, grey: 0.25 })
    first.text(value, 440, 160 + i * 13, { size: 9, weight: i === 0 ? 'bold' : 'regular' })
  })

  first.text(`${labels.invoice} ${invoice.number}`, LEFT, 265, { size: 14, weight: 'bold' })
  labels.intro.forEach((line, i) => first.text(line, LEFT, 290 + i * 13, { size: 9.5 }))

  const continuePage = (sheet: Sheet): number => continuationHeader(ctx, sheet, LEFT, RIGHT, 60)
  const columns = itemColumns(ctx, {
    position: LEFT,
    code: LEFT + 24,
    description: LEFT + 76,
    descriptionWidth: 200,
    quantity: 370,
    unitPrice: 432,
    taxRate: 470,
    amount: RIGHT,
  })
  const style = {
    left: LEFT,
    right: RIGHT,
    rowHeight: 17,
    fontSize: 8.5,
    header: 'ruled' as const,
    bottom: BOTTOM,
  }
  const tableTop = 290 + labels.intro.length * 13 + 12
  let cursor = drawTable(ctx, { sheet: first, y: tableTop }, columns, style, continuePage)
  cursor = ensureRoom(ctx, cursor, 110, BOTTOM, continuePage)

  const { sheet } = cursor
  let y = cursor.y + 20
  const totals: [string, string, boolean][] = [
    [labels.net, ctx.money(invoice.netCents), false],
    [labels.tax(ctx.rate(supplier.taxRate)), ctx.money(invoice.taxCents), false],
  ]
  for (const [label, value] of totals) {
    sheet.text(label, 345, y, { size: 9 })
    sheet.text(value, RIGHT, y, { size: 9, align: 'right' })
    y += 14
  }
  sheet.line(345, y - 8, RIGHT, y - 8, 0.8)
  const total = { size: 10, weight: 'bold' } as const
  sheet.text(labels.total, 345, y + 4, total)
  sheet.text(ctx.money(invoice.totalCents), RIGHT, y + 4, { ...total, align: 'right' })
  sheet.line(345, y + 9, RIGHT, y + 9, 0.8)
  sheet.line(345, y + 11, RIGHT, y + 11, 0.8)

  sheet.text(supplier.paymentTerms, LEFT, y + 40, { size: 9 })
  sheet.text(labels.thanks, LEFT, y + 54, { size: 9 })

  for (const page of writer.sheets) classicFooter(ctx, page)
  stampPageNumbers(ctx, RIGHT, 750)
}

function classicFooter(ctx: LayoutContext, sheet: Sheet): void {
  const { supplier } = ctx.invoice
  const { labels } = ctx
  sheet.line(LEFT, FOOTER_TOP - 10, RIGHT, FOOTER_TOP - 10, 0.4, 0.5)
  const columns: string[][] = [
    [supplier.name, ...supplier.address.slice(0, 2), ...supplier.contact.slice(1, 2)],
    [
      labels.bank,
      supplier.bankName,
      ...(supplier.iban ? [`IBAN ${groupIban(supplier.iban)}`] : []),
      ...(supplier.bic ? [`BIC ${supplier.bic}`] : []),
    ],
    [`${labels.vatId} ${supplier.taxIdPrinted}`, ...supplier.legal],
  ]
  columns.forEach((lines, c) => {
    lines.forEach((line, i) => {
      sheet.text(line, LEFT + c * 165, FOOTER_TOP + i * 9.5, { size: 7, grey: 0.3 })
    })
  })
}

/**
 * Boxed and centred: letterhead in the middle, the header fields in a two-column grid, a ruled
 * item grid, and the totals as a table of their own (net | tax | total side by side).
 */
import { groupIban } from '../ids'
import type { Sheet } from '../draw'
import type { Layout } from './context'
import { continuationHeader, itemColumns, rowIf } from './blocks'
import { drawTable, ensureRoom, stampPageNumbers } from './table'

const LEFT = 50

export const ledgerLayout: Layout = (ctx) => {
  const { invoice, labels, writer } = ctx
  const { supplier } = invoice
  const first = writer.addSheet()
  const right = first.width - LEFT
  const centre = first.width / 2
  const bottom = first.height - 90

  first.text(supplier.name, centre, 58, { size: 15, weight: 'bold', align: 'center' })
  first.text(supplier.address.join(', '), centre, 73, { size: 8.5, align: 'center' })
  first.text(supplier.contact.join('  |  '), centre, 85, { size: 8, align: 'center', grey: 0.3 })
  first.line(LEFT, 95, right, 95, 1.5, 0.2)

  first.text(labels.invoice.toUpperCase(), LEFT, 128, { size: 14, weight: 'bold' })
  first.text(invoice.receiver.name, LEFT, 150, { size: 10, weight: 'bold' })
  invoice.receiver.lines.forEach((line, i) => first.text(line, LEFT, 163 + i * 12, { size: 9.5 }))

  const grid: [string, string][] = [
    [labels.invoiceNo, invoice.number],
    [labels.invoiceDate, ctx.date(invoice.issued)],
    [labels.dueDate, ctx.date(invoice.due)],
    [labels.customerNo, invoice.receiver.customerNo],
    ...rowIf(labels.purchaseOrder, invoice.purchaseOrder),
  ]
  const gridLeft = right - 230
  const split = right - 115
  grid.forEach(([label, value], i) => {
    const top = 118 + i * 17
    first.rect(gridLeft, top, right - gridLeft, 17, { border: 0.2 })
    first.line(split, top, split, top + 17, 0.6)
    first.text(label, gridLeft + 5, top + 12, { size: 8.5 })
    first.text(value, split + 5, top + 12, { size: 8.5, weight: 'bold' })
  })

  const continuePage = (sheet: Sheet): number => continuationHeader(ctx, sheet, LEFT, right, 56)
  const hasCodes = invoice.lines.some((line) => line.code !== undefined)
  const columns = itemColumns(ctx, {
    code: LEFT + 5,
    description: LEFT + 52,
    descriptionWidth: right - 277 - LEFT,
    quantity: right - 180,
    unitPrice: right - 115,
    taxRate: right - 75,
    amount: right - 5,
  })
  const verticals = [
    ...(hasCodes ? [LEFT + 48] : []),
    right - 220,
    right - 175,
    right - 110,
    right - 70,
  ]
  const style = {
    left: LEFT,
    right,
    rowHeight: 17,
    fontSize: 8.5,
    header: 'shaded' as const,
    verticals,
    bottom,
  }
  const tableTop = 118 + grid.length * 17 + 28
  let cursor = drawTable(ctx, { sheet: first, y: tableTop }, columns, style, continuePage)
  cursor = ensureRoom(ctx, cursor, 150, bottom, continuePage)

  const { sheet } = cursor
  const top = cursor.y + 22
  const heads = [labels.net, labels.tax(ctx.rate(supplier.taxRate)), labels.total]
  const values = [invoice.netCents, invoice.taxCents, invoice.totalCents]
  const cell = 110
  const tableLeft = right - cell * 3
  sheet.text(supplier.currency, tableLeft - 8, top + 32, { size: 9, align: 'right', grey: 0.3 })
  heads.forEach((head, i) => {
    const x = tableLeft + i * cell
    sheet.rect(x, top, cell, 18, { fill: 0.85, border: 0 })
    sheet.rect(x, top + 18, cell, 20, { border: 0 })
    sheet.text(head, x + cell - 5, top + 12.5, { size: 8, weight: 'bold', align: 'right' })
    sheet.text(ctx.money(values[i] ?? 0), x + cell - 5, top + 32, {
      size: 9.5,
      weight: i === 2 ? 'bold' : 'regular',
      align: 'right',
    })
  })

  const notesTop = top + 62
  sheet.text(`${labels.terms}: ${supplier.paymentTerms}`, LEFT, notesTop, { size: 8.5 })
  sheet.rect(LEFT, notesTop + 12, right - LEFT, 53, { border: 0.4 })
  const bank = [
    `${labels.bank}: ${supplier.bankName}`,
    supplier.iban ? `IBAN ${groupIban(supplier.iban)}   BIC ${supplier.bic ?? ''}` : '',
    `${labels.vatId} ${supplier.taxIdPrinted}`,
    supplier.legal.join(' - '),
  ]
  bank.forEach((line, i) => sheet.text(line, LEFT + 6, notesTop + 24 + i * 11, { size: 8 }))

  stampPageNumbers(ctx, right, bottom + 30)
}

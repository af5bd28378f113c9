/** Pieces several layouts share: the item columns and the header of a continuation sheet. */
import type { Sheet } from '../draw'
import type { LayoutContext } from './context'
import type { Column } from './table'

/** Left or right edges of the item columns; `code` and `position` are dropped when absent. */
export interface ColumnEdges {
  position?: number
  code?: number
  description: number
  descriptionWidth: number
  quantity: number
  unitPrice: number
  taxRate: number
  amount: number
}

export function itemColumns(ctx: LayoutContext, edges: ColumnEdges): Column[] {
  const { labels } = ctx
  const hasCodes = ctx.invoice.lines.some((line) => line.code !== undefined)
  // Without codes the description takes over the code column's room.
  const descriptionX = !hasCodes && edges.code !== undefined ? edges.code : edges.description
  const descriptionWidth = edges.descriptionWidth + (edges.description - descriptionX)
  const columns: Column[] = []
  if (edges.position !== undefined) {
    columns.push({
      title: labels.position,
      x: edges.position,
      align: 'left',
      maxWidth: 20,
      cell: (line) => String(line.position),
    })
  }
  if (hasCodes && edges.code !== undefined) {
    columns.push({
      title: labels.code,
      x: edges.code,
      align: 'left',
      maxWidth: edges.description - edges.code - 4,
      cell: (line) => line.code ?? '',
    })
  }
  columns.push(
    {
      title: labels.description,
      x: descriptionX,
      align: 'left',
      maxWidth: descriptionWidth,
      cell: (line) => line.description,
    },
    {
      title: labels.quantity,
      x: edges.quantity,
      align: 'right',
      maxWidth: 45,
      cell: (line) => ctx.quantity(line.quantity),
    },
    {
      title: labels.unitPrice,
      x: edges.unitPrice,
      align: 'right',
      maxWidth: 70,
      cell: (line) => ctx.amount(line.unitCents),
    },
    {
      title: labels.taxRate,
      x: edges.taxRate,
      align: 'right',
      maxWidth: 35,
      cell: (line) => ctx.rate(line.rate),
    },
    {
      title: labels.amount,
      x: edges.amount,
      align: 'right',
      maxWidth: 70,
      cell: (line) => ctx.amount(line.amountCents),
    },
  )
  return columns
}

/** `[[label, value]]` when the invoice has the value, else nothing: for optional header rows. */
export function rowIf(label: string, value: string | undefined): [string, string][] {
  return value === undefined ? [] : [[label, value]]
}

/** Supplier and invoice number atop a follow-on sheet; returns where the table resumes. */
export function continuationHeader(
  ctx: LayoutContext,
  sheet: Sheet,
  left: number,
  right: number,
  top: number,
): number {
  const { invoice, labels } = ctx
  sheet.text(invoice.supplier.name, left, top, { size: 10, weight: 'bold' })
  sheet.text(`${labels.invoiceNo} ${invoice.number}`, right, top, { size: 9, align: 'right' })
  sheet.text(`${labels.invoiceDate} ${ctx.date(invoice.issued)}`, right, top + 12, {
    size: 8,
    align: 'right',
    grey: 0.3,
  })
  sheet.line(left, top + 20, right, top + 20, 0.6, 0.4)
  return top + 34
}

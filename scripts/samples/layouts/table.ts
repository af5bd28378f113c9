/**
 * The line-item table every layout shares, including what happens when it runs off the page:
 * carry the subtotal forward, continue on a new sheet, bring it forward again, as real invoices do.
 */
import type { Sheet } from '../draw'
import type { InvoiceLine } from '../model'
import type { LayoutContext } from './context'

export interface Column {
  title: string
  /** Left edge for left-aligned columns, right edge for right-aligned ones. */
  x: number
  align: 'left' | 'right'
  /** The truth cannot be truncated, so a value wider than this is a layout bug and throws. */
  maxWidth: number
  cell: (line: InvoiceLine) => string
}

export interface TableStyle {
  left: number
  right: number
  rowHeight: number
  fontSize: number
  header: 'shaded' | 'ruled' | 'accent'
  /** Vertical rules between columns, for the boxed ledger look. */
  verticals?: readonly number[]
  /** Lowest y a row may reach before the table continues on a new sheet. */
  bottom: number
}

export interface Cursor {
  sheet: Sheet
  y: number
}

/** Starts a new sheet for the rest of the invoice and returns where drawing continues. */
export type ContinuePage = (sheet: Sheet) => number

export function drawTable(
  ctx: LayoutContext,
  start: Cursor,
  columns: readonly Column[],
  style: TableStyle,
  continuePage: ContinuePage,
): Cursor {
  let { sheet, y } = start
  y = drawHeader(ctx, sheet, y, columns, style)
  let carried = 0
  for (const line of ctx.invoice.lines) {
    if (y + style.rowHeight > style.bottom) {
      y = forwardLine(ctx, sheet, y, style, ctx.labels.carriedForward, carried)
      const previous = ctx.writer.sheets.length
      sheet = ctx.writer.addSheet()
      y = continuePage(sheet)
      y = forwardLine(ctx, sheet, y, style, `${ctx.labels.broughtForward} ${previous}`, carried)
      y = drawHeader(ctx, sheet, y, columns, style)
    }
    drawRow(sheet, y, line, columns, style)
    y += style.rowHeight
    carried += line.amountCents
  }
  if (style.verticals) sheet.line(style.left, y, style.right, y, 0.6)
  return { sheet, y }
}

/** Moves to a new sheet when fewer than `needed` points are left above `bottom`. */
export function ensureRoom(
  ctx: LayoutContext,
  cursor: Cursor,
  needed: number,
  bottom: number,
  continuePage: ContinuePage,
): Cursor {
  if (cursor.y + needed <= bottom) return cursor
  const sheet = ctx.writer.addSheet()
  return { sheet, y: continuePage(sheet) }
}

/** `Seite 1 von 2` on every sheet, drawn last since the count is only known at the end. */
export function stampPageNumbers(ctx: LayoutContext, x: number, y: number, size = 8): void {
  const { sheets } = ctx.writer
  if (sheets.length < 2) return
  sheets.forEach((sheet, i) => {
    sheet.text(ctx.labels.page(i + 1, sheets.length), x, y, { size, align: 'right', grey: 0.3 })
  })
}

function drawHeader(
  ctx: LayoutContext,
  sheet: Sheet,
  y: number,
  columns: readonly Column[],
  style: TableStyle,
): number {
  const height = style.rowHeight + 2
  const width = style.right - style.left
  const accent = ctx.invoice.supplier.accent
  if (style.header === 'shaded') sheet.rect(style.left, y, width, height, { fill: 0.88 })
  if (style.header === 'accent') sheet.fillRect(style.left, y, width, height, accent)
  const textOptions = {
    size: style.fontSize,
    weight: 'bold' as const,
    ...(style.header === 'accent' ? { grey: 1 } : {}),
  }
  for (const column of columns) {
    const width = sheet.textWidth(column.title, style.fontSize, 'bold')
    if (width > column.maxWidth) throw new Error(`title "${column.title}" too wide for its column`)
    sheet.text(column.title, column.x, y + height * 0.68, { ...textOptions, align: column.align })
  }
  if (style.header === 'ruled') sheet.line(style.left, y + height, style.right, y + height, 1.2)
  if (style.verticals) {
    sheet.rect(style.left, y, width, height, { border: 0 })
    for (const x of style.verticals) sheet.line(x, y, x, y + height, 0.6)
  }
  return y + height
}

function drawRow(
  sheet: Sheet,
  y: number,
  line: InvoiceLine,
  columns: readonly Column[],
  style: TableStyle,
): void {
  const baseline = y + style.rowHeight * 0.68
  for (const column of columns) {
    const value = column.cell(line)
    const width = sheet.textWidth(value, style.fontSize)
    if (width > column.maxWidth) {
      const fits = `"${column.title}" fits ${column.maxWidth}`
      throw new Error(`"${value}" is ${width.toFixed(0)}pt wide, ${fits}`)
    }
    sheet.text(value, column.x, baseline, { size: style.fontSize, align: column.align })
  }
  if (style.verticals) {
    sheet.line(style.left, y, style.left, y + style.rowHeight, 0.6)
    sheet.line(style.right, y, style.right, y + style.rowHeight, 0.6)
    for (const x of style.verticals) sheet.line(x, y, x, y + style.rowHeight, 0.6)
  } else {
    sheet.line(style.left, y + style.rowHeight, style.right, y + style.rowHeight, 0.3, 0.75)
  }
}

function forwardLine(
  ctx: LayoutContext,
  sheet: Sheet,
  y: number,
  style: TableStyle,
  label: string,
  cents: number,
): number {
  const baseline = y + style.rowHeight * 0.8
  sheet.text(label, style.right - 110, baseline, {
    size: style.fontSize,
    weight: 'italic',
    align: 'right',
  })
  sheet.text(ctx.amount(cents), style.right, baseline, { size: style.fontSize, align: 'right' })
  return y + style.rowHeight + 4
}

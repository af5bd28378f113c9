import type { LineItem } from '../../shared/fields'
import type { PageWords } from '../../shared/words'
import { buildDoc, type Doc, type DocLine } from './document'
import { startBlock, type ItemBlock, type Pending } from './lineItems/block'
import type { Table } from './lineItems/cells'
import { descriptionWords, readRow, splitRow } from './lineItems/cells'
import { addStackedHeaders, columnEdges, headerColumns, settleUnknown } from './lineItems/columns'
import type { Column } from './lineItems/columns'
import { headerlessItems } from './lineItems/headerless'
import { endsTable, startsSection } from './lineItems/tableEnd'

export { headerColumns } from './lineItems/columns'
export { endsTable } from './lineItems/tableEnd'

/**
 * Finds item tables from their header rows and reads one item per row whose amount column holds
 * a price. A table runs on over page breaks until a totals row or a new section ends it; a header
 * repeated on the next page starts it afresh. Lines under a row without numbers continue its
 * description. Without any header read, rows that add up (quantity × price = amount) in
 * aligned columns are items all the same. Also returns the rows, so totals are not sought there.
 */
export function extractLineItems(doc: Doc): { items: LineItem[]; rows: Set<DocLine> } {
  const items: LineItem[] = []
  const rows = new Set<DocLine>()
  const headerLines = new Set<DocLine>()
  let table: Table | null = null
  let inTable = 0
  let block: ItemBlock | null = null
  let pending: Pending = []
  const close = (): void => {
    block?.finish()
    block = null
  }
  for (const line of doc.lines) {
    const columns = headerColumns(line)
    if (columns) {
      close()
      for (const l of addStackedHeaders(columns, stackedNeighbours(doc, line))) headerLines.add(l)
      table = openTable(doc, line, columns, headerLines)
      inTable = 0
      pending = []
      continue
    }
    if (!table || headerLines.has(line)) continue
    if (endsTable(line, inTable > 0) || (inTable > 0 && startsSection(line, table))) {
      close()
      table = null
      continue
    }
    const item = readRow(line, table)
    if (item && (item.description || item.quantity || item.unit_price)) {
      close()
      inTable++
      items.push(item)
      rows.add(line)
      block = startBlock(item, line, table, inTable, pending)
      pending = []
      continue
    }
    // a bare price in the amount column, no totals label: no item, but no document total either
    if (item) rows.add(line)
    if (block?.takes(line)) {
      rows.add(line)
      continue
    }
    close()
    pending = nextPending(pending, line, table)
  }
  close()
  if (items.length > 0) return { items, rows }
  const fallback = headerlessItems(doc)
  return { items: fallback.items, rows: new Set(fallback.rows) }
}

/** The table under a header, its unnamed columns settled by the first row that has a price. */
function openTable(doc: Doc, header: DocLine, columns: Column[], headerLines: Set<DocLine>): Table {
  const table = { columns, edges: columnEdges(columns, header.unit) }
  if (!columns.some((c) => c.unknown)) return table
  const below = (l: DocLine): boolean => l.page === header.page && l.bbox[1] > header.bbox[3]
  const first = doc.lines.find((l) => below(l) && !headerLines.has(l) && readRow(l, table))
  if (!first) return table
  settleUnknown(columns, first)
  return { columns, edges: columnEdges(columns, header.unit) }
}

/** The items the rules read from the page alone, as if no e-invoice XML came with it. */
export function pageLineItems(pages: readonly PageWords[]): LineItem[] {
  return extractLineItems(buildDoc(pages)).items
}

/** Lines just above or below a header line that may hold the rest of a stacked header cell. */
function stackedNeighbours(doc: Doc, header: DocLine): DocLine[] {
  const centre = (header.bbox[1] + header.bbox[3]) / 2
  return doc.lines.filter(
    (l) =>
      l !== header &&
      l.page === header.page &&
      Math.abs((l.bbox[1] + l.bbox[3]) / 2 - centre) <= header.unit * 2.5,
  )
}

/**
 * Text-only lines not taken by an item above: a description printed over its row (cells
 * centred vertically) waits here for the next row that has none of its own.
 */
function nextPending(pending: Pending, line: DocLine, table: Table): Pending {
  const cells = splitRow(line, table)
  const numeric = cells.some((words, i) => table.columns[i]?.numeric && words.length > 0)
  const words = descriptionWords(cells, table)
  const last = pending[pending.length - 1]
  const near = last && line.page === last.line.page && line.bbox[1] - last.line.bbox[3] < line.unit
  if (numeric || words.length === 0) return []
  return [...(near ? pending : []), { line, words }]
}

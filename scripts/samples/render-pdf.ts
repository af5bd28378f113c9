/**
 * Prints an invoice as a text PDF with pdf-lib's standard fonts. Dates and producer are pinned,
 * because pdf-lib would otherwise stamp the current time and the output would differ every run.
 */
import { PDFDocument } from 'pdf-lib'
import { DocWriter } from './draw'
import { layoutContext } from './layouts/context'
import { LAYOUTS } from './layouts'
import type { Invoice } from './model'

const FIXED_DATE = new Date(Date.UTC(2025, 0, 1, 0, 0, 0))

export async function renderInvoicePdf(invoice: Invoice): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false })
  const { supplier } = invoice
  const writer = await DocWriter.create(doc, supplier.font, supplier.pageSize, invoice.offset)
  LAYOUTS[supplier.layout](layoutContext(writer, invoice))
  setFixedMetadata(doc, `${supplier.name} ${invoice.number}`)
  return doc.save({ useObjectStreams: false })
}

export function setFixedMetadata(doc: PDFDocument, title: string): void {
  doc.setTitle(title)
  doc.setProducer('Recto sample generator')
  doc.setCreator('Recto sample generator')
  doc.setCreationDate(FIXED_DATE)
  doc.setModificationDate(FIXED_DATE)
}

import type { PdfDocument } from './pdfjsNode'

export interface FileAttachment {
  name: string
  mime: string
  content: Uint8Array
}

/** Names under which Factur-X, ZUGFeRD and XRechnung PDFs embed their invoice XML. */
const E_INVOICE_NAMES = /^(factur-x|zugferd-invoice|xrechnung|order-x)\.xml$|\.xml$/i

/** Files embedded in a PDF (Factur-X/ZUGFeRD keep the invoice itself as XML here). */
export async function readPdfAttachments(doc: PdfDocument): Promise<FileAttachment[]> {
  const raw = (await doc.getAttachments()) as Record<
    string,
    { filename?: string; rawFilename?: string; content?: Uint8Array }
  > | null
  return Object.values(raw ?? {})
    .filter((a) => a.content && a.content.length > 0)
    .map((a) => {
      const name = a.filename ?? a.rawFilename ?? 'attachment'
      return {
        name,
        mime: name.toLowerCase().endsWith('.xml') ? 'application/xml' : 'application/octet-stream',
        content: a.content as Uint8Array,
      }
    })
}

/** The embedded invoice XML, preferring the names the standards prescribe. */
export function pickEInvoiceXml(attachments: readonly FileAttachment[]): string | undefined {
  const xml = attachments.filter((a) => E_INVOICE_NAMES.test(a.name))
  const preferred = xml.find((a) => !/^[^.]*\.xml$/i.test(a.name) || /factur|zugferd|xrechnung/i.test(a.name)) ?? xml[0]
  return preferred && new TextDecoder('utf-8').decode(preferred.content)
}

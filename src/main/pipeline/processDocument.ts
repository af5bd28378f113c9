import type { Extraction } from '../../shared/fields'
import type { PageWords } from '../../shared/words'
import { extractInvoice } from '../extraction'
import { pickEInvoiceXml } from '../ingest/attachments'
import type { FileAttachment } from '../ingest/attachments'
import { readDocument } from '../ingest/readDocument'
import type { ReadOptions } from '../ingest/readDocument'

export interface ProcessedDocument {
  mime: string
  pages: PageWords[]
  attachments: FileAttachment[]
  extraction: Extraction
}

/** The whole pipeline for one file: words from the text layer or OCR, then fields and checks. */
export async function processDocument(bytes: Uint8Array, options: ReadOptions): Promise<ProcessedDocument> {
  const read = await readDocument(bytes, options)
  const eInvoiceXml = pickEInvoiceXml(read.attachments)
  const extraction = extractInvoice(read.pages, eInvoiceXml ? { eInvoiceXml } : {})
  return { mime: read.mime, pages: read.pages, attachments: read.attachments, extraction }
}

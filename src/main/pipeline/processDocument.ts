import type { Extraction } from '../../shared/fields'
import type { OcrLanguage } from '../../shared/settings'
import type { PageWords } from '../../shared/words'
import { extractDetailed } from '../extraction'
import { evidenceOf, type ExtractionEvidence } from '../extraction/evidence'
import { pickEInvoiceXml } from '../ingest/attachments'
import type { FileAttachment } from '../ingest/attachments'
import { detectLanguage } from '../ingest/language'
import { readDocument } from '../ingest/readDocument'
import type { ReadOptions } from '../ingest/readDocument'
import type { TrainedModel } from '../learning/modelRepository'
import { reweigh } from '../learning/reweigh'

export interface ProcessedDocument {
  mime: string
  pages: PageWords[]
  attachments: FileAttachment[]
  /** The language the document's words are written in, whether or not OCR used it; null: unclear. */
  language: OcrLanguage | null
  extraction: Extraction
  /** What the extraction knew about each field, stored so a confirmation can learn from it. */
  evidence: ExtractionEvidence
}

export interface ProcessOptions extends ReadOptions {
  /** The active trained model: its ranker chooses the values, its confidence model scores them. */
  model?: TrainedModel | null
}

/** The whole pipeline for one file: words from the text layer or OCR, then fields and checks. */
export async function processDocument(bytes: Uint8Array, options: ProcessOptions): Promise<ProcessedDocument> {
  const read = await readDocument(bytes, options)
  const eInvoiceXml = pickEInvoiceXml(read.attachments)
  const { model } = options
  const detailed = extractDetailed(read.pages, {
    ...(eInvoiceXml ? { eInvoiceXml } : {}),
    ...(model ? { rankerWeights: model.ranker } : {}),
  })
  const extraction = model
    ? reweigh(detailed.extraction, detailed.features, model.weights, model.version)
    : detailed.extraction
  const evidence = evidenceOf(extraction, detailed.features, detailed.pools)
  const language = detectLanguage(read.pages.flatMap((p) => p.words.map((w) => w.text)))?.language ?? null
  return { mime: read.mime, pages: read.pages, attachments: read.attachments, language, extraction, evidence }
}

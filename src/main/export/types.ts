import type { DocumentStatus, EditRow, FieldStatus } from '../../shared/documents'
import type { BBox, FieldSource } from '../../shared/fields'
import type { PageWords } from '../../shared/words'
import type { SplitName } from './split'

/** One field cell as exported: the reviewed value and what the extractor said before review. */
export interface ExportField {
  key: string
  /** 0 for header fields, n ≥ 1 for the cells of line item n. */
  line: number
  value: string
  raw: string
  page: number
  bbox: BBox | null
  source: FieldSource
  status: FieldStatus
  confidence: number
  /** The extractor's value before review; null for a cell a person added. */
  extractedValue: string | null
  /** The extractor's confidence before review (= the "prediction score"). */
  extractedConfidence: number | null
  modelVersion: string | null
}

/** A document with everything the formats need, already filtered (and redacted if asked). */
export interface ExportDocument {
  id: number
  /** Short stable name used for files: the first 16 hex digits of the file's sha256. */
  key: string
  sha256: string
  fileName: string
  mime: string
  storedName: string
  status: DocumentStatus
  /** Import date (ISO timestamp). */
  createdAt: string
  modelVersion: string | null
  split: SplitName
  pages: PageWords[]
  fields: ExportField[]
  edits: EditRow[]
  /** Page areas painted white in page images (personal data removed). */
  redactions: { page: number; bbox: BBox }[]
}

/**
 * A page's PNG: where it sits (relative to the export folder, `/`-separated; null when images are
 * off or the original is missing) and its pixel size (known either way, so boxes can be scaled).
 */
export interface PageImage {
  page: number
  path: string | null
  width: number
  height: number
}

/** Page images of one document by page number. */
export type PageImages = ReadonlyMap<number, PageImage>

export type { ExportProgress } from '../../shared/exports'

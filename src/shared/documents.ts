import type { BBox, Check, FieldSource, HeaderFieldKey, LineItemKey } from './fields'
import type { WordSource } from './words'

export const DOCUMENT_STATUSES = [
  'queued',
  'processing',
  'failed',
  'to_review',
  'auto_approved',
  'validated',
  'rejected',
] as const
export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number]

/** One row of the queue. */
export interface DocumentSummary {
  id: number
  sha256: string
  fileName: string
  mime: string
  status: DocumentStatus
  /** Why processing failed, in words a clerk understands. */
  error: string | null
  pageCount: number
  supplierName: string | null
  invoiceId: string | null
  totalAmount: string | null
  currency: string | null
  /** Fields (header and line-item cells) currently flagged for review. */
  flaggedCount: number
  /** Lowest confidence among the document's fields; null before extraction. */
  minConfidence: number | null
  createdAt: string
  updatedAt: string
}

export interface PageInfo {
  page: number
  width: number
  height: number
  rotation: number
  source: WordSource
}

/** Review state of a field as stored: what the extractor said and what a person did. */
export type FieldStatus = 'extracted' | 'accepted' | 'corrected'

export interface FieldState {
  key: HeaderFieldKey | LineItemKey
  /** 0 for header fields; n ≥ 1 for the cells of line item n. */
  line: number
  value: string
  raw: string
  confidence: number
  page: number
  bbox: BBox | null
  source: FieldSource
  status: FieldStatus
  needsReview: boolean
}

export interface LineItemState {
  line: number
  cells: Partial<Record<LineItemKey, FieldState>>
}

export interface DocumentDetail {
  document: DocumentSummary
  pages: PageInfo[]
  /** Header fields that have a value; absent keys are empty in the form. */
  fields: FieldState[]
  lineItems: LineItemState[]
  checks: Check[]
  comments: { at: string; user: string; text: string }[]
  rejectReason: string | null
}

export const EDIT_ACTIONS = [
  'correct',
  'accept',
  'confirm',
  'reject',
  'reopen',
  'add_line',
  'delete_line',
  'comment',
] as const
export type EditAction = (typeof EDIT_ACTIONS)[number]

/** One append-only row of the edit log. */
export interface EditRow {
  id: number
  documentId: number
  action: EditAction
  fieldKey: string | null
  line: number | null
  page: number | null
  oldValue: string | null
  newValue: string | null
  oldConfidence: number | null
  oldSource: string | null
  bbox: BBox | null
  user: string
  at: string
  appVersion: string
  modelVersion: string | null
  hash: string
}

export interface ImportResult {
  added: { path: string; id: number }[]
  duplicates: { path: string; id: number }[]
  failed: { path: string; error: string }[]
}

/** Pushed while documents are processed. */
export interface ProgressEvent {
  documentId: number | null
  fileName: string
  stage: 'reading' | 'ocr' | 'extracting' | 'done' | 'failed' | 'cancelled'
  pagesDone: number
  pagesTotal: number
  documentsDone: number
  documentsTotal: number
  /** Estimated milliseconds until the batch is done; null while unknown. */
  etaMs: number | null
}

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

/**
 * Four-eyes review: 'second' means a clerk confirmed and a different reviewer must confirm
 * again; the status stays 'to_review' until then.
 */
export type ReviewStage = 'first' | 'second'

/** One row of the queue. */
export interface DocumentSummary {
  id: number
  sha256: string
  fileName: string
  mime: string
  status: DocumentStatus
  reviewStage: ReviewStage
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

/** Local profiles. They are not authentication: they say who decided, and stop honest mistakes. */
export const ROLES = ['clerk', 'reviewer', 'supervisor'] as const
export type Role = (typeof ROLES)[number]

export interface Profile {
  name: string
  role: Role
  createdAt: string
}

export interface ProfilesInfo {
  profiles: Profile[]
  /** The settings' userName; a name without a profile row works with the clerk's rights. */
  current: { name: string; role: Role; registered: boolean }
}

/** An edit row with the document it belongs to, for the audit views. */
export interface AuditEntry extends EditRow {
  fileName: string
  supplierName: string | null
}

export interface AuditPage {
  entries: AuditEntry[]
  /** Rows matching the filters, beyond the page returned. */
  total: number
}

/** Review numbers for supervisors; every share is null when its denominator is 0. */
export interface Metrics {
  /** Documents auto-approved, validated or rejected (their current status). */
  decided: number
  autoApproved: number
  straightThroughRate: number | null
  confirmedDocuments: number
  /** Corrections over documents now validated, most corrected field first. */
  corrections: { fieldKey: string; corrections: number; documents: number }[]
  /** Per ISO week of decision, over validated documents' header fields. */
  weeks: MetricsWeek[]
  /** From the first edit of a review round to its confirmation. */
  medianSecondsPerDocument: number | null
  users: { user: string; confirms: number; corrections: number; medianSeconds: number | null }[]
}

export interface MetricsWeek {
  /** `2025-W07` */
  week: string
  documents: number
  fields: number
  /** Share of fields the clerk left as extracted: an accuracy proxy. */
  accuracy: number | null
  /** Share of fields whose extracted confidence was under the threshold. */
  reviewLoad: number | null
}

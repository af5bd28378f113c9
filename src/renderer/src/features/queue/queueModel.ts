import type { DocumentStatus, DocumentSummary } from '../../../../shared/documents'

export const QUEUE_SORTS = ['age', 'confidence', 'supplier', 'total'] as const
export type QueueSort = (typeof QUEUE_SORTS)[number]

export const SORT_LABEL: Record<QueueSort, string> = {
  age: 'Oldest first',
  confidence: 'Lowest confidence first',
  supplier: 'Supplier A–Z',
  total: 'Highest total first',
}

export const STATUS_LABEL: Record<DocumentStatus, string> = {
  queued: 'Queued',
  processing: 'Processing',
  failed: 'Failed',
  to_review: 'To review',
  auto_approved: 'Auto-approved',
  validated: 'Validated',
  rejected: 'Rejected',
}

const byText = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true })

/**
 * The queue's order. Missing values go last in every order, so half-processed documents do not
 * crowd the top; the id breaks ties so the order is stable between refreshes.
 */
export function sortDocuments(
  docs: readonly DocumentSummary[],
  sort: QueueSort,
): DocumentSummary[] {
  const compare = COMPARE[sort]
  return [...docs].sort((a, b) => compare(a, b) || a.id - b.id)
}

type Compare = (a: DocumentSummary, b: DocumentSummary) => number

const COMPARE: Record<QueueSort, Compare> = {
  age: (a, b) => a.createdAt.localeCompare(b.createdAt),
  confidence: (a, b) => nullsLast(a.minConfidence, b.minConfidence, (x, y) => x - y),
  supplier: (a, b) => nullsLast(a.supplierName, b.supplierName, byText.compare),
  total: (a, b) => nullsLast(amountOf(a), amountOf(b), (x, y) => y - x),
}

function nullsLast<T>(a: T | null, b: T | null, compare: (x: T, y: T) => number): number {
  if (a === null) return b === null ? 0 : 1
  if (b === null) return -1
  return compare(a, b)
}

function amountOf(doc: DocumentSummary): number | null {
  const n = doc.totalAmount === null ? NaN : Number(doc.totalAmount)
  return Number.isFinite(n) ? n : null
}

/** Statuses that may be opened in the review view. */
export function isReviewable(status: DocumentStatus): boolean {
  return status !== 'queued' && status !== 'processing' && status !== 'failed'
}

/** A file chosen or dropped, read only when its batch is sent: a big drop never sits in memory. */
export interface PendingFile {
  name: string
  size: number
  read: () => Promise<Uint8Array<ArrayBuffer>>
}

const BATCH_FILES = 50
const BATCH_BYTES = 128 * 1024 * 1024

/** Splits an import into calls of at most 50 files or 128 MB; a larger file goes alone. */
export function importBatches<T extends { size: number }>(files: readonly T[]): T[][] {
  const batches: T[][] = []
  let current: T[] = []
  let bytes = 0
  for (const file of files) {
    if (current.length > 0 && (current.length >= BATCH_FILES || bytes + file.size > BATCH_BYTES)) {
      batches.push(current)
      current = []
      bytes = 0
    }
    current.push(file)
    bytes += file.size
  }
  if (current.length > 0) batches.push(current)
  return batches
}

/** Failures that a password can fix; those ask for it before retrying. */
export function needsPassword(doc: DocumentSummary): boolean {
  return /password|encrypted/i.test(doc.error ?? '')
}

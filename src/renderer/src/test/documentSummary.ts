import type { DocumentSummary } from '../../../shared/documents'

/** A queue row for renderer tests: a PDF to review with nothing extracted, `over` changing any of it. */
export function documentSummary(id: number, over: Partial<DocumentSummary> = {}): DocumentSummary {
  return {
    id,
    sha256: String(id),
    fileName: `${id}.pdf`,
    mime: 'application/pdf',
    status: 'to_review',
    reviewStage: 'first',
    error: null,
    pageCount: 1,
    supplierName: null,
    invoiceId: null,
    totalAmount: null,
    currency: null,
    flaggedCount: 0,
    minConfidence: null,
    createdAt: '2025-01-01T00:00:00Z',
    updatedAt: '2025-01-01T00:00:00Z',
    ...over,
  }
}

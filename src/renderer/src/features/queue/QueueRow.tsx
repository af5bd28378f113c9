import { memo } from 'react'
import type { DocumentSummary } from '../../../../shared/documents'
import { formatAge, formatMoney } from '../../lib/format'
import { AwaitingReviewer } from '../profiles/AwaitingReviewer'
import { StatusBadge } from './StatusBadge'

interface QueueRowProps {
  doc: DocumentSummary
  index: number
  active: boolean
  now: number
  /** Pixels from the top of the list body. */
  offset: number
  height: number
  onOpen: (doc: DocumentSummary) => void
  onRetry: (doc: DocumentSummary) => void
  onFocusRow: (index: number) => void
}

/** One document of the queue. Memoised: scrolling 10,000 rows re-renders only the new ones. */
export const QueueRow = memo(function QueueRow(props: QueueRowProps) {
  const { doc, index, active, now, offset, height, onOpen, onRetry, onFocusRow } = props
  const failed = doc.status === 'failed'

  return (
    <div
      role="row"
      aria-rowindex={index + 2}
      tabIndex={active ? 0 : -1}
      className={`queue-row${active ? ' active' : ''}`}
      style={{ height, transform: `translateY(${offset}px)` }}
      data-index={index}
      data-testid="queue-row"
      data-document-id={doc.id}
      data-status={doc.status}
      onClick={() => onOpen(doc)}
      onFocus={() => onFocusRow(index)}
    >
      <div role="gridcell" className="cell-status">
        <StatusBadge status={doc.status} />
        <AwaitingReviewer doc={doc} />
      </div>
      <div role="gridcell" className="cell-file" title={doc.fileName}>
        {doc.fileName}
        {failed && doc.error && (
          <span className="row-error" data-testid="row-error" title={doc.error}>
            {doc.error}
          </span>
        )}
      </div>
      <div role="gridcell" className="cell-supplier">{doc.supplierName ?? ''}</div>
      <div role="gridcell" className="cell-invoice">{doc.invoiceId ?? ''}</div>
      <div role="gridcell" className="cell-total">{formatMoney(doc.totalAmount, doc.currency)}</div>
      <div role="gridcell" className="cell-flagged">
        {doc.flaggedCount > 0 && (
          <span className="flag-count" data-testid="flagged-count">
            {doc.flaggedCount} to check
          </span>
        )}
      </div>
      <div role="gridcell" className="cell-age">{formatAge(doc.createdAt, now)}</div>
      <div role="gridcell" className="cell-actions">
        {failed && (
          <button
            type="button"
            data-testid="retry-document"
            aria-label={`Retry ${doc.fileName}`}
            onClick={(e) => {
              e.stopPropagation()
              onRetry(doc)
            }}
          >
            Retry
          </button>
        )}
      </div>
    </div>
  )
})

import { useRecto } from '../../store'
import { CommentsPanel } from './CommentsPanel'
import { FieldForm } from './form/FieldForm'
import { LineItemsGrid } from './form/LineItemsGrid'
import { PageViewer } from './page/PageViewer'
import { ReviewHeader } from './ReviewHeader'
import { ShortcutsDialog } from './ShortcutsDialog'
import { useReviewShortcuts } from './useReviewShortcuts'
import './review.css'

export function ReviewView() {
  const documentId = useRecto((s) => s.detail?.document.id ?? null)
  const error = useRecto((s) => s.reviewError)
  const closeReview = useRecto((s) => s.closeReview)
  useReviewShortcuts()

  if (error || documentId === null) {
    return (
      <section className="review review-pending" data-testid="review-view" aria-busy={!error}>
        {error ? <p role="alert">{error}</p> : <p>Loading…</p>}
        <button type="button" data-testid="back-to-queue" onClick={() => void closeReview()}>
          Back to queue
        </button>
      </section>
    )
  }

  return (
    <section
      className="review"
      aria-label="Review"
      data-testid="review-view"
      data-document-id={documentId}
    >
      <ReviewHeader />
      <div className="review-body">
        <PageViewer documentId={documentId} />
        <div className="review-side">
          <FieldForm />
          <LineItemsGrid />
          <CommentsPanel />
        </div>
      </div>
      <ShortcutsDialog />
    </section>
  )
}

import type { DocumentSummary } from '../../../../shared/documents'
import './profiles.css'

/** Marks a document a clerk confirmed that now waits for a second person (four eyes). */
type Staged = Pick<DocumentSummary, 'status' | 'reviewStage'>

export function AwaitingReviewer({ doc }: { doc: Staged }) {
  if (doc.status !== 'to_review' || doc.reviewStage !== 'second') return null
  return (
    <span className="badge badge-awaiting" data-testid="awaiting-reviewer">
      Awaiting reviewer
    </span>
  )
}

import { useRecto } from '../../store'
import { flaggedIdsOf } from '../../store/selectors'
import { AwaitingReviewer } from '../profiles/AwaitingReviewer'
import { StatusBadge } from '../queue/StatusBadge'

export function StatusLine() {
  const status = useRecto((s) => s.detail?.document.status)
  const reviewStage = useRecto((s) => s.detail?.document.reviewStage ?? 'first')
  const flagged = useRecto((s) => (s.detail ? flaggedIdsOf(s.detail).size : 0))
  const saving = useRecto((s) => s.saving > 0)
  if (!status) return null

  return (
    <p
      className="status-line"
      role="status"
      data-testid="review-status"
      data-status={status}
      data-flagged={flagged}
      data-saving={saving}
    >
      <StatusBadge status={status} />
      <AwaitingReviewer doc={{ status, reviewStage }} />
      <span>
        {flagged === 0
          ? 'Nothing left to check'
          : `${flagged} flagged field${flagged === 1 ? '' : 's'} left`}
      </span>
      {saving && <span className="muted">Saving…</span>}
    </p>
  )
}

import { useState } from 'react'
import { useRecto } from '../../store'
import { RejectDialog } from './RejectDialog'
import { StatusLine } from './StatusLine'

export function ReviewHeader() {
  const fileName = useRecto((s) => s.detail?.document.fileName ?? '')
  const closed = useRecto((s) => {
    const status = s.detail?.document.status
    return status === 'validated' || status === 'rejected'
  })
  const { closeReview, confirm, reopen, setShortcutsOpen } = useRecto.getState()
  const [rejecting, setRejecting] = useState(false)

  return (
    <header className="review-header">
      <button type="button" data-testid="back-to-queue" onClick={() => void closeReview()}>
        ← Queue <kbd>Esc</kbd>
      </button>
      <h2 className="review-title" title={fileName} data-testid="review-title">
        {fileName}
      </h2>
      <StatusLine />
      <div className="button-row">
        <button
          type="button"
          aria-keyshortcuts="?"
          data-testid="show-shortcuts"
          onClick={() => setShortcutsOpen(true)}
        >
          Shortcuts <kbd>?</kbd>
        </button>
        {closed ? (
          <button type="button" data-testid="reopen-document" onClick={() => void reopen()}>
            Reopen
          </button>
        ) : (
          <>
            <button
              type="button"
              className="danger"
              data-testid="reject-document"
              onClick={() => setRejecting(true)}
            >
              Reject…
            </button>
            <button
              type="button"
              className="primary"
              aria-keyshortcuts="Control+Enter"
              data-testid="confirm-document"
              onClick={() => void confirm()}
            >
              Confirm <kbd>Ctrl+Enter</kbd>
            </button>
          </>
        )}
      </div>
      <RejectDialog open={rejecting} onClose={() => setRejecting(false)} />
    </header>
  )
}

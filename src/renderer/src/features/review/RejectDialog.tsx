import { useState } from 'react'
import { Dialog } from '../../components/Dialog'
import { useRecto } from '../../store'

export function RejectDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  return (
    <Dialog open={open} title="Reject document" onClose={onClose} testId="reject-dialog">
      <RejectForm onDone={onClose} />
    </Dialog>
  )
}

function RejectForm({ onDone }: { onDone: () => void }) {
  const reject = useRecto((s) => s.reject)
  const [reason, setReason] = useState('')
  const [busy, setBusy] = useState(false)

  return (
    <form
      className="stack"
      onSubmit={(e) => {
        e.preventDefault()
        setBusy(true)
        void reject(reason.trim()).then((ok) => (ok ? onDone() : setBusy(false)))
      }}
    >
      <label className="stack">
        Reason
        <textarea
          required
          autoFocus
          rows={3}
          maxLength={2000}
          data-testid="reject-reason"
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
        />
      </label>
      <div className="button-row">
        <button
          type="submit"
          className="danger"
          data-testid="reject-submit"
          disabled={busy || !reason.trim()}
        >
          Reject
        </button>
      </div>
    </form>
  )
}

import { useState } from 'react'
import type { DocumentSummary } from '../../../../shared/documents'
import { Dialog } from '../../components/Dialog'
import { useRecto } from '../../store'

interface RetryDialogProps {
  doc: DocumentSummary | null
  onClose: () => void
}

/** Retrying a password-protected PDF needs the password; other failures retry at once. */
export function RetryDialog({ doc, onClose }: RetryDialogProps) {
  return (
    <Dialog open={doc !== null} title="Retry with password" onClose={onClose} testId="retry-dialog">
      {doc && <RetryForm doc={doc} onDone={onClose} />}
    </Dialog>
  )
}

function RetryForm({ doc, onDone }: { doc: DocumentSummary; onDone: () => void }) {
  const retry = useRecto((s) => s.retryDocument)
  const [password, setPassword] = useState('')

  return (
    <form
      className="stack"
      onSubmit={(e) => {
        e.preventDefault()
        void retry(doc.id, password).then((ok) => ok && onDone())
      }}
    >
      <p>{doc.error}</p>
      <label className="stack">
        Password for {doc.fileName}
        <input
          type="password"
          autoFocus
          data-testid="retry-password"
          value={password}
          onChange={(e) => setPassword(e.currentTarget.value)}
        />
      </label>
      <div className="button-row">
        <button type="submit" className="primary">
          Retry
        </button>
      </div>
    </form>
  )
}

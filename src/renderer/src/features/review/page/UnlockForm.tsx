import { useState } from 'react'
import { LabelledField } from '../../../components/LabelledField'
import { useRecto } from '../../../store'

/**
 * An encrypted PDF opened after a restart: main no longer holds its password, so the page asks
 * for it again. It is checked in main and held there for the session, never stored.
 */
export function UnlockForm({ documentId, onUnlocked }: { documentId: number; onUnlocked: () => void }) {
  const unlockDocument = useRecto((s) => s.unlockDocument)
  const [password, setPassword] = useState('')
  const [busy, setBusy] = useState(false)

  return (
    <form
      className="page-message unlock-form"
      data-testid="unlock-form"
      onSubmit={(e) => {
        e.preventDefault()
        if (!password || busy) return
        setBusy(true)
        void unlockDocument(documentId, password).then((ok) => {
          setBusy(false)
          if (ok) onUnlocked()
        })
      }}
    >
      <p>This PDF is encrypted. Enter its password to show the page (it is kept only until Recto closes).</p>
      <LabelledField label="Password">
        <input type="password" autoFocus value={password} onChange={(e) => setPassword(e.currentTarget.value)} />
      </LabelledField>
      <button type="submit" disabled={busy || !password}>
        Open
      </button>
    </form>
  )
}

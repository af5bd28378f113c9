import { Dialog } from '../../components/Dialog'
import { useRecto } from '../../store'
import { AuditTable } from './AuditTable'
import './audit.css'

/** The open document's own edit log. */
export function DocumentHistoryDialog() {
  const open = useRecto((s) => s.historyOpen)
  const history = useRecto((s) => s.history)
  const fileName = useRecto((s) => s.detail?.document.fileName ?? '')
  const setOpen = useRecto((s) => s.setHistoryOpen)

  return (
    <Dialog
      open={open}
      title={`History of ${fileName}`}
      onClose={() => setOpen(false)}
      testId="history-dialog"
      wide
    >
      {history === null ? (
        <p aria-busy="true">Loading…</p>
      ) : (
        <AuditTable entries={history} showDocument={false} label={`Edits of ${fileName}`} />
      )}
    </Dialog>
  )
}

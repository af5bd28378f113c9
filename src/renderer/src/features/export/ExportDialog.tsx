import { Dialog } from '../../components/Dialog'
import { useRecto } from '../../store'
import './export.css'
import { ExportForm } from './ExportForm'
import { ExportStatus } from './ExportStatus'

/** Training-set export from the app: the form, then progress with Cancel, then the summary. */
export function ExportDialog() {
  const open = useRecto((s) => s.exportOpen)
  const setOpen = useRecto((s) => s.setExportOpen)
  const started = useRecto(
    (s) => s.exportRunning || s.exportSummary !== null || s.exportError !== null,
  )

  return (
    <Dialog
      open={open}
      title="Export training set"
      onClose={() => setOpen(false)}
      testId="export-dialog"
      wide
    >
      {started ? <ExportStatus /> : <ExportForm />}
    </Dialog>
  )
}

import { useRecto } from '../../store'
import { exportFraction } from './exportForm'

export function ExportStatus() {
  const running = useRecto((s) => s.exportRunning)
  const progress = useRecto((s) => s.exportProgress)
  const summary = useRecto((s) => s.exportSummary)
  const error = useRecto((s) => s.exportError)
  const { cancelExport, setExportOpen } = useRecto.getState()
  const fraction = exportFraction(progress)

  if (running) {
    return (
      <div className="stack" data-testid="export-running">
        <label>
          {progress
            ? `${progress.stage}: ${progress.done} / ${progress.total} documents`
            : 'Starting…'}
          <progress
            className="export-progress"
            data-testid="export-progress"
            max={1}
            {...(fraction === null ? {} : { value: fraction })}
          />
        </label>
        <div className="button-row">
          <button type="button" data-testid="export-cancel" onClick={() => void cancelExport()}>
            Cancel
          </button>
        </div>
      </div>
    )
  }

  return (
    <div className="stack">
      {error ? (
        <p role="alert" className="field-error" data-testid="export-error">
          {error}
        </p>
      ) : (
        summary && (
          <div data-testid="export-summary" role="status">
            <p>
              Wrote {summary.documents} documents ({summary.pages} pages, {summary.images} images)
              in {summary.files} files to <code>{summary.outDir}</code>.
            </p>
            {summary.warnings.length > 0 && (
              <details open={summary.warnings.length <= 5}>
                <summary>{summary.warnings.length} warnings</summary>
                <ul data-testid="export-warnings">
                  {summary.warnings.map((w, i) => (
                    <li key={i}>{w}</li>
                  ))}
                </ul>
              </details>
            )}
          </div>
        )
      )}
      <div className="button-row">
        <button
          type="button"
          onClick={() => useRecto.setState({ exportSummary: null, exportError: null })}
        >
          Another export
        </button>
        <button type="button" className="primary" onClick={() => setExportOpen(false)}>
          Done
        </button>
      </div>
    </div>
  )
}

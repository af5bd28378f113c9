import { useRecto } from '../../store'
import { progressView } from './progressModel'

export function ProgressPanel() {
  const progress = progressView(useRecto((s) => s.progress))
  const cancel = useRecto((s) => s.cancelProcessing)
  if (!progress) return null
  const { documentsDone, documentsTotal, pagesDone, pagesTotal } = progress

  return (
    <section className="progress-panel" aria-label="Processing" data-testid="progress-panel">
      <div className="progress-line">
        <label>
          Documents {documentsDone} / {documentsTotal}
          <progress max={documentsTotal} value={documentsDone} data-testid="progress-documents" />
        </label>
        <label>
          Pages {pagesDone} / {pagesTotal} of {progress.fileName}
          <progress max={Math.max(1, pagesTotal)} value={pagesDone} data-testid="progress-pages" />
        </label>
        <button type="button" data-testid="cancel-processing" onClick={() => void cancel()}>
          Cancel
        </button>
      </div>
      <p className="muted" role="status">
        {progress.stage}
        {progress.eta && ` · ${progress.eta} left`}
      </p>
    </section>
  )
}

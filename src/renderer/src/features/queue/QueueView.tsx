import { useRecto } from '../../store'
import { ImportSummary } from './ImportSummary'
import { ProgressPanel } from './ProgressPanel'
import { QueueList } from './QueueList'
import { QueueToolbar } from './QueueToolbar'
import './queue.css'

export function QueueView() {
  const loaded = useRecto((s) => s.queueLoaded)
  const empty = useRecto((s) => s.documents.length === 0)
  const filtered = useRecto((s) => s.statusFilter.length > 0 || s.search.trim() !== '')

  return (
    <section className="queue" aria-label="Document queue" data-testid="queue-view">
      <QueueToolbar />
      <ProgressPanel />
      <ImportSummary />
      {loaded && empty ? (
        <p className="queue-empty" data-testid="queue-empty">
          {filtered
            ? 'No documents match the filters.'
            : 'No documents yet. Import files or drop them onto the window.'}
        </p>
      ) : (
        <QueueList />
      )}
    </section>
  )
}

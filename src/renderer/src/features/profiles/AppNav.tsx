import { useRecto } from '../../store'
import type { PlainView } from '../../store/navSlice'

const VIEWS: { name: PlainView; label: string; supervisorOnly?: boolean }[] = [
  { name: 'queue', label: 'Queue' },
  { name: 'audit', label: 'Edit log' },
  { name: 'metrics', label: 'Metrics', supervisorOnly: true },
]

/** The header's way between the views; metrics are shown to supervisors only. */
export function AppNav() {
  const current = useRecto((s) => s.view.name)
  const supervisor = useRecto((s) => s.profiles?.current.role === 'supervisor')
  const reviewing = useRecto((s) => s.view.name === 'review')
  const { showView, setExportOpen, setHistoryOpen } = useRecto.getState()

  return (
    <nav className="app-nav" aria-label="Views">
      {VIEWS.filter((v) => supervisor || !v.supervisorOnly).map((v) => (
        <button
          key={v.name}
          type="button"
          data-testid={`nav-${v.name}`}
          aria-current={current === v.name ? 'page' : undefined}
          onClick={() => void showView(v.name)}
        >
          {v.label}
        </button>
      ))}
      {reviewing && (
        <button type="button" data-testid="open-history" onClick={() => setHistoryOpen(true)}>
          History
        </button>
      )}
      <button type="button" data-testid="open-export" onClick={() => setExportOpen(true)}>
        Export…
      </button>
    </nav>
  )
}

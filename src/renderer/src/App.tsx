import { useEffect } from 'react'
import { getApi } from './api/getApi'
import { NoticeBar } from './components/NoticeBar'
import { AuditView } from './features/audit/AuditView'
import { DocumentHistoryDialog } from './features/audit/DocumentHistoryDialog'
import { ExportDialog } from './features/export/ExportDialog'
import { MetricsView } from './features/metrics/MetricsView'
import { AppNav } from './features/profiles/AppNav'
import { ProfilesDialog } from './features/profiles/ProfilesDialog'
import { ProfileSwitcher } from './features/profiles/ProfileSwitcher'
import { DropOverlay } from './features/queue/DropOverlay'
import { QueueView } from './features/queue/QueueView'
import { warmPdfJs } from './features/review/page/pdfDocument'
import { ReviewView } from './features/review/ReviewView'
import { SettingsDialog } from './features/settings/SettingsDialog'
import { useRecto } from './store'
import { connectEvents } from './store/events'
import { connectExportEvents } from './store/exportSlice'
import type { View } from './store/navSlice'

export function App() {
  const view = useRecto((s) => s.view)
  const openSettings = useRecto((s) => s.setSettingsOpen)

  useEffect(() => {
    const { loadSettings, loadProfiles, refreshDocuments } = useRecto.getState()
    void loadSettings()
    void loadProfiles()
    void refreshDocuments()
    const offEvents = connectEvents(getApi(), useRecto)
    const offExport = connectExportEvents(getApi(), useRecto)
    // pdf.js and its worker start while the clerk looks at the queue, not when a page is wanted.
    const idle = requestIdleCallback(() => void warmPdfJs().catch(() => {}))
    return () => {
      offEvents()
      offExport()
      cancelIdleCallback(idle)
    }
  }, [])

  return (
    <div className="app">
      <header className="app-header">
        <h1 className="app-title">Recto</h1>
        <AppNav />
        <div className="app-header-end">
          <ProfileSwitcher />
          <button type="button" data-testid="open-settings" onClick={() => openSettings(true)}>
            Settings
          </button>
        </div>
      </header>
      <main className="app-main">
        <CurrentView view={view} />
      </main>
      <NoticeBar />
      <DropOverlay />
      <SettingsDialog />
      <ProfilesDialog />
      <ExportDialog />
      <DocumentHistoryDialog />
    </div>
  )
}

function CurrentView({ view }: { view: View }) {
  switch (view.name) {
    case 'review':
      return <ReviewView key={view.documentId} />
    case 'audit':
      return <AuditView />
    case 'metrics':
      return <MetricsView />
    default:
      return <QueueView />
  }
}

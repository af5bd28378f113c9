import { useEffect } from 'react'
import { getApi } from './api/getApi'
import { NoticeBar } from './components/NoticeBar'
import { DropOverlay } from './features/queue/DropOverlay'
import { QueueView } from './features/queue/QueueView'
import { ReviewView } from './features/review/ReviewView'
import { SettingsDialog } from './features/settings/SettingsDialog'
import { useRecto } from './store'
import { connectEvents } from './store/events'

export function App() {
  const reviewing = useRecto((s) => (s.view.name === 'review' ? s.view.documentId : null))
  const openSettings = useRecto((s) => s.setSettingsOpen)

  useEffect(() => {
    const { loadSettings, refreshDocuments } = useRecto.getState()
    void loadSettings()
    void refreshDocuments()
    return connectEvents(getApi(), useRecto)
  }, [])

  return (
    <div className="app">
      <header className="app-header">
        <h1 className="app-title">Recto</h1>
        <button type="button" data-testid="open-settings" onClick={() => openSettings(true)}>
          Settings
        </button>
      </header>
      <main className="app-main">
        {reviewing === null ? <QueueView /> : <ReviewView key={reviewing} />}
      </main>
      <NoticeBar />
      <DropOverlay />
      <SettingsDialog />
    </div>
  )
}

import { useEffect } from 'react'
import { useRecto } from '../../store'

export function AboutSection() {
  const info = useRecto((s) => s.appInfo)
  const loadAppInfo = useRecto((s) => s.loadAppInfo)

  useEffect(() => {
    void loadAppInfo()
  }, [loadAppInfo])

  return (
    <section className="about" aria-labelledby="about-title" data-testid="about">
      <h3 id="about-title">About Recto</h3>
      {info ? (
        <dl>
          <dt>Version</dt>
          <dd data-testid="about-version">{info.version}</dd>
          <dt>Data folder</dt>
          <dd data-testid="about-data-dir">{info.dataDir}</dd>
          <dt>Database</dt>
          <dd data-testid="about-database">{info.databasePath}</dd>
          <dt>Log file</dt>
          <dd data-testid="about-log">{info.logPath}</dd>
        </dl>
      ) : (
        <p className="muted">Loading…</p>
      )}
    </section>
  )
}

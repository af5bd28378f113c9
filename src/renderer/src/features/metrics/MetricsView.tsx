import type { ReactNode } from 'react'
import { useRecto } from '../../store'
import '../audit/audit.css'
import { MetricsTables } from './MetricsTables'
import { RetrainPanel } from './RetrainPanel'
import './metrics.css'
import { duration, percent } from './metricsModel'

/** Review numbers for supervisors, over the decisions in the chosen (local) days. */
export function MetricsView() {
  const metrics = useRecto((s) => s.metrics)
  const range = useRecto((s) => s.metricsRange)
  const setRange = useRecto((s) => s.setMetricsRange)

  return (
    <section className="metrics-view" aria-label="Metrics" data-testid="metrics-view">
      <h2>Metrics</h2>
      <div className="audit-filters">
        <label className="inline-label">
          Decided from
          <input
            type="date"
            data-testid="metrics-from"
            value={range.from}
            onChange={(e) => setRange({ ...range, from: e.currentTarget.value })}
          />
        </label>
        <label className="inline-label">
          to
          <input
            type="date"
            data-testid="metrics-to"
            value={range.to}
            onChange={(e) => setRange({ ...range, to: e.currentTarget.value })}
          />
        </label>
      </div>
      {metrics && (
        <>
          <dl className="metric-tiles">
            <Tile
              label="Straight-through"
              value={percent(metrics.straightThroughRate)}
              testId="metric-stp"
            >
              {metrics.autoApproved} of {metrics.decided} decided
            </Tile>
            <Tile
              label="Confirmed"
              value={String(metrics.confirmedDocuments)}
              testId="metric-confirmed"
            />
            <Tile
              label="Median time per document"
              value={duration(metrics.medianSecondsPerDocument)}
              testId="metric-time"
            >
              first edit to confirmation
            </Tile>
          </dl>
          <MetricsTables metrics={metrics} />
        </>
      )}
      <RetrainPanel />
    </section>
  )
}

interface TileProps {
  label: string
  value: string
  testId: string
  children?: ReactNode
}

function Tile({ label, value, testId, children }: TileProps) {
  return (
    <div className="metric-tile">
      <dt>{label}</dt>
      <dd data-testid={testId}>{value}</dd>
      {children && <dd className="muted">{children}</dd>}
    </div>
  )
}

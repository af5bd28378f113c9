import type { Metrics } from '../../../../shared/documents'
import { barWidth, duration, percent } from './metricsModel'

/** Corrections per field, drift per week and work per user; bars are plain CSS. */
export function MetricsTables({ metrics }: { metrics: Metrics }) {
  const mostCorrections = Math.max(0, ...metrics.corrections.map((c) => c.corrections))

  return (
    <div className="metrics-tables">
      <table
        className="data-table"
        aria-label="Corrections per field"
        data-testid="metrics-corrections"
      >
        <caption>Corrections per field (validated documents)</caption>
        <thead>
          <tr>
            <th scope="col">Field</th>
            <th scope="col">Corrections</th>
            <th scope="col">Documents</th>
          </tr>
        </thead>
        <tbody>
          {metrics.corrections.map((c) => (
            <tr key={c.fieldKey}>
              <td>{c.fieldKey}</td>
              <td>
                <Bar
                  width={barWidth(c.corrections, mostCorrections)}
                  text={String(c.corrections)}
                />
              </td>
              <td>{c.documents}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <table
        className="data-table"
        aria-label="Accuracy and review load per week"
        data-testid="metrics-weeks"
      >
        <caption>Per ISO week of decision: fields kept as extracted, and fields flagged</caption>
        <thead>
          <tr>
            <th scope="col">Week</th>
            <th scope="col">Documents</th>
            <th scope="col">Accuracy</th>
            <th scope="col">Review load</th>
          </tr>
        </thead>
        <tbody>
          {metrics.weeks.map((w) => (
            <tr key={w.week}>
              <td>{w.week}</td>
              <td>{w.documents}</td>
              <td>
                <Bar width={barWidth(w.accuracy, 1)} text={percent(w.accuracy)} />
              </td>
              <td>
                <Bar width={barWidth(w.reviewLoad, 1)} text={percent(w.reviewLoad)} tone="warn" />
              </td>
            </tr>
          ))}
        </tbody>
      </table>

      <table className="data-table" aria-label="Per user" data-testid="metrics-users">
        <caption>Per user</caption>
        <thead>
          <tr>
            <th scope="col">User</th>
            <th scope="col">Confirmations</th>
            <th scope="col">Corrections</th>
            <th scope="col">Median time</th>
          </tr>
        </thead>
        <tbody>
          {metrics.users.map((u) => (
            <tr key={u.user} data-testid="metrics-user" data-user={u.user}>
              <td>{u.user}</td>
              <td>{u.confirms}</td>
              <td>{u.corrections}</td>
              <td>{duration(u.medianSeconds)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

function Bar({ width, text, tone = 'ok' }: { width: number; text: string; tone?: 'ok' | 'warn' }) {
  return (
    <span className="bar-cell">
      <span className={`bar bar-${tone}`} style={{ width: `${width}%` }} aria-hidden="true" />
      <span>{text}</span>
    </span>
  )
}

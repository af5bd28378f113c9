import type { ReplayReport, ReplayTally } from './replay'

const pct = (n: number) => `${(n * 100).toFixed(1)}%`

/** The replay as a clerk-readable table: seen against first-seen suppliers, then the curve. */
export function formatReplayReport(report: ReplayReport): string {
  const row = (name: string, t: ReplayTally) =>
    `  ${name.padEnd(22)} ${String(t.documents).padStart(4)} docs  ${`${t.right} / ${t.scored}`.padStart(11)}  ${pct(t.accuracy).padStart(6)}   review load ${pct(t.reviewLoad).padStart(6)}   corrections/doc ${t.correctionsPerDocument.toFixed(2)}`
  const lines = [
    'accuracy before correction',
    row('all documents', report.overall),
    row('first-seen suppliers', report.firstSeen),
    row('already-seen suppliers', report.seen),
    '',
    'curve (accuracy of each document before correction, running mean)',
    '     #  seen  right/scored  acc     mean    flagged learned  file',
    ...report.documents.map(
      (d) =>
        `  ${String(d.index).padStart(4)}  ${d.seenSupplier ? 'yes ' : 'no  '}  ${`${d.right}/${d.scored}`.padStart(12)}  ${pct(d.accuracy).padStart(6)}  ${pct(d.runningMean).padStart(6)}  ${String(d.flagged).padStart(7)} ${String(d.learned).padStart(7)}  ${d.path}${d.error ? `  ERROR ${d.error}` : ''}`,
    ),
    '',
    `supplier memory: ${report.memory.suppliers} suppliers, ${report.memory.entries} field positions, ${report.memory.hits} hits, ${report.memory.misses} misses`,
    `model versions: ${report.models.length === 0 ? 'none trained (rules-1)' : report.models.map((m) => `${m.version} (${m.trainingSize} decisions, log loss ${m.metrics.logLossBefore} → ${m.metrics.logLossAfter})`).join(', ')}`,
  ]
  return lines.join('\n')
}

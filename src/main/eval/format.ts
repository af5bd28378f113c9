import type { EvalReport, Tally } from './score'

const pct = (n: number): string => `${(n * 100).toFixed(1)}%`.padStart(7)
const row = (name: string, t: Tally): string => {
  const counts = `${String(t.right).padStart(4)} / ${String(t.scored).padEnd(4)}`
  return `  ${name.padEnd(22)} ${counts} ${pct(t.accuracy)}`
}

/** A plain-text report for the terminal and CI logs. */
export function formatEvalReport(report: EvalReport): string {
  const lines: string[] = []
  lines.push(row('overall', report.overall), '', 'by kind')
  for (const [k, t] of Object.entries(report.perKind)) lines.push(row(k, t))
  lines.push('', 'by group')
  for (const [k, t] of Object.entries(report.perGroup)) lines.push(row(k, t))
  lines.push('', 'by field')
  for (const [k, t] of Object.entries(report.perField)) if (t) lines.push(row(k, t))
  lines.push(
    '',
    `wrong fields flagged for review: ${report.wrongFlagged} / ${report.wrong} ` +
      pct(report.wrongFlaggedShare),
    `review load (share of fields flagged): ${pct(report.reviewLoad)}`,
    `expected calibration error: ${report.ece.toFixed(3)}`,
    '',
    'reliability   bin        n   mean conf  accuracy',
  )
  for (const b of report.reliability) {
    if (b.count === 0) continue
    lines.push(
      `  ${b.from.toFixed(1)}–${b.to.toFixed(1)}   ${String(b.count).padStart(6)}   ` +
        `${pct(b.meanConfidence)}   ${pct(b.accuracy)}`,
    )
  }
  if (report.errors.length > 0) {
    lines.push('', 'errors')
    for (const e of report.errors) lines.push(`  ${e.path}: ${e.error}`)
  }
  return lines.join('\n')
}

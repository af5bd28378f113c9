import type { ItemTally } from './itemMatch'
import type { EvalReport, LineItemReport, Tally } from './score'

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
  lines.push(...formatLineItems(report.lineItems))
  if (report.errors.length > 0) {
    lines.push('', 'errors')
    for (const e of report.errors) lines.push(`  ${e.path}: ${e.error}`)
  }
  return lines.join('\n')
}

/** Items matched and cells right, as returned and as read from the page (e-invoice XML ignored). */
function formatLineItems(report: LineItemReport): string[] {
  if (report.documents.length === 0) return []
  const items = (t: ItemTally): string =>
    `${t.matchedItems} / ${t.truthItems} found, ${t.predictedItems - t.matchedItems} extra`
  const out = ['', `line items (${report.final.documents} documents with items in the truth)`]
  for (const [name, t] of [['as returned', report.final], ['from the page', report.fromPage]] as const) {
    out.push(`  ${name}: ${items(t)}`, row('  cells', t.cells))
    for (const [key, cell] of Object.entries(t.perCell)) out.push(row(`    ${key}`, cell))
  }
  return out
}

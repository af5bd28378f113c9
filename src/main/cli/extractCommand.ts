import { parseArgs } from 'node:util'
import type { FieldState } from '../../shared/documents'
import type { ExtractedField } from '../../shared/fields'
import { DEFAULT_SETTINGS } from '../../shared/settings'
import { fieldNeedsReview } from '../services/reviewFlags'
import { extractFiles } from './extractFiles'
import type { FileOutcome } from './extractFiles'

/** `recto extract FILE... [--json]`: exit 1 when any file failed, after printing them all. */
export async function extractCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { json: { type: 'boolean', default: false } },
  })
  if (positionals.length === 0) throw new Error('name at least one file: recto extract FILE... [--json]')
  const outcomes = await extractFiles(positionals, DEFAULT_SETTINGS, (o) => {
    if (!values.json) console.log(describe(o))
  })
  if (values.json) console.log(JSON.stringify({ documents: outcomes.map(toJson) }, null, 2))
  return outcomes.some((o) => o.error) ? 1 : 0
}

export function toJson(outcome: FileOutcome) {
  const { extraction } = outcome
  const checks = extraction?.checks ?? []
  const fieldJson = (key: string, line: number, f: ExtractedField) => ({
    value: f.value,
    raw: f.raw,
    confidence: round(f.confidence),
    needs_review: fieldNeedsReview({ ...f, key, line, status: 'extracted', needsReview: false } as FieldState, checks, DEFAULT_SETTINGS),
    page: f.page,
    bbox: f.bbox,
    source: f.source,
  })
  const sources = new Set(outcome.pages.map((p) => p.source))
  const hasXml = Object.values(extraction?.fields ?? {}).some((f) => f?.source === 'e-invoice')
  return {
    file: outcome.file,
    sha256: outcome.sha256,
    pages: outcome.pages.length,
    source: hasXml ? 'e-invoice' : sources.size > 1 ? 'mixed' : ([...sources][0] ?? null),
    fields: Object.fromEntries(
      Object.entries(extraction?.fields ?? {}).flatMap(([k, f]) => (f ? [[k, fieldJson(k, 0, f)]] : [])),
    ),
    line_items: (extraction?.lineItems ?? []).map((item, i) =>
      Object.fromEntries(Object.entries(item).flatMap(([k, f]) => (f ? [[k, fieldJson(k, i + 1, f)]] : []))),
    ),
    checks,
    ...(outcome.error ? { error: outcome.error.message, error_code: outcome.error.code } : {}),
  }
}

function describe(o: FileOutcome): string {
  if (o.error) return `${o.file}: ERROR ${o.error.message}`
  const fields = Object.entries(o.extraction?.fields ?? {})
    .map(([k, f]) => `  ${k.padEnd(18)} ${f?.value}  (${Math.round((f?.confidence ?? 0) * 100)}%)`)
    .join('\n')
  return `${o.file}: ${o.pages.length} page(s), ${o.millis} ms\n${fields}`
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000
}

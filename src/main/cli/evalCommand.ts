import { readFileSync } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import type { FieldState } from '../../shared/documents'
import { DEFAULT_SETTINGS } from '../../shared/settings'
import { formatEvalReport, scoreDocuments } from '../eval'
import type { TruthEntry } from '../eval'
import { fieldNeedsReview } from '../services/reviewFlags'
import { extractFiles } from './extractFiles'

/** `recto eval TRUTH.jsonl [--json]`: runs the real pipeline on every listed file and scores it. */
export async function evalCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { json: { type: 'boolean', default: false } },
  })
  const [manifest] = positionals
  if (!manifest) throw new Error('usage: recto eval TRUTH.jsonl [--json]')
  const truths = readManifest(manifest)
  const files = truths.map((t) => path.join(path.dirname(manifest), t.path))
  const outcomes = await extractFiles(files, DEFAULT_SETTINGS, (o, i) =>
    process.stderr.write(`[${i + 1}/${files.length}] ${truths[i]?.path} ${o.error ? `ERROR ${o.error.message}` : `${o.millis} ms`}\n`),
  )
  const report = scoreDocuments(
    outcomes.map((o, i) => {
      const truth = truths[i] as TruthEntry
      const checks = o.extraction?.checks ?? []
      return {
        path: truth.path,
        truth,
        extraction: o.extraction,
        error: o.error?.message,
        needsReview: (key: string) => {
          const field = o.extraction?.fields[key as keyof typeof o.extraction.fields]
          if (!field) return true
          const state = { ...field, key, line: 0, status: 'extracted', needsReview: false } as FieldState
          return fieldNeedsReview(state, checks, DEFAULT_SETTINGS)
        },
      }
    }),
  )
  console.log(values.json ? JSON.stringify(report, null, 2) : formatEvalReport(report))
  return 0
}

function readManifest(file: string): TruthEntry[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line, i) => {
      try {
        return JSON.parse(line) as TruthEntry
      } catch {
        throw new Error(`${file}:${i + 1} is not valid JSON`)
      }
    })
}

import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { FieldState } from '../../shared/documents'
import { DEFAULT_SETTINGS } from '../../shared/settings'
import { scoreDocuments } from '../eval'
import { pageLineItems } from '../extraction/lineItems'
import type { EvalReport, TruthEntry } from '../eval'
import { fieldNeedsReview } from '../services/reviewFlags'
import { extractFiles } from './extractFiles'
import type { FileOutcome } from './extractFiles'

/** Runs the real pipeline on every file of a truth manifest and scores it (FIELDS.md's rules). */
export async function runEval(
  manifest: string,
  onFile?: (outcome: FileOutcome, index: number, total: number) => void,
): Promise<EvalReport> {
  const truths = readManifest(manifest)
  const files = truths.map((t) => path.join(path.dirname(manifest), t.path))
  const outcomes = await extractFiles(files, DEFAULT_SETTINGS, (o, i) => onFile?.(o, i, files.length))
  return scoreDocuments(
    outcomes.map((o, i) => {
      const truth = truths[i] as TruthEntry
      const checks = o.extraction?.checks ?? []
      return {
        path: truth.path,
        truth,
        extraction: o.extraction,
        error: o.error?.message,
        // e-invoice items come from the XML: score the page's too, as if the XML were absent
        pageLineItems: o.extraction?.lineItems.some((i) => i.amount?.source === 'e-invoice')
          ? pageLineItems(o.pages)
          : undefined,
        needsReview: (key) => {
          const field = o.extraction?.fields[key]
          if (!field) return true
          const state: FieldState = { ...field, key, line: 0, status: 'extracted', needsReview: false }
          return fieldNeedsReview(state, checks, DEFAULT_SETTINGS)
        },
      }
    }),
  )
}

export function readManifest(file: string): TruthEntry[] {
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

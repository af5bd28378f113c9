/**
 * Dev loop: scores the extractor on dumped page words (scripts/dump-words.ts) against truth.jsonl.
 * Usage: npx tsx src/main/eval/scoreDumped.ts <words-dir> <truth.jsonl> [xml-dir] [--failures]
 * xml-dir holds embedded e-invoices as <dumped name>.xml (optional).
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { HeaderFieldKey } from '../../shared/fields'
import { DEFAULT_SETTINGS, thresholdFor } from '../../shared/settings'
import type { PageWords } from '../../shared/words'
import { extractInvoice } from '../extraction'
import { pageLineItems } from '../extraction/lineItems'
import { needsReview } from '../validation/needsReview'
import { formatEvalReport } from './format'
import { scoreDocuments, type EvalRow, type TruthEntry } from './score'

const [wordsDir, truthPath, xmlDir] = process.argv.slice(2).filter((a) => !a.startsWith('--'))
if (!wordsDir || !truthPath) {
  console.error('usage: scoreDumped.ts <words-dir> <truth.jsonl> [xml-dir] [--failures]')
  process.exit(1)
}
// the app's default thresholds (global and per field); RECTO_THRESHOLD overrides the global one
const settings = process.env.RECTO_THRESHOLD
  ? { ...DEFAULT_SETTINGS, reviewThreshold: Number(process.env.RECTO_THRESHOLD) }
  : DEFAULT_SETTINGS
const rows: EvalRow[] = []
for (const line of readFileSync(truthPath, 'utf8').split('\n')) {
  if (!line.trim()) continue
  const truth = JSON.parse(line) as TruthEntry
  const file = truth.path.replace(/\//g, '__')
  try {
    const pages = JSON.parse(readFileSync(join(wordsDir, `${file}.json`), 'utf8')) as PageWords[]
    const xmlPath = xmlDir ? join(xmlDir, `${file}.xml`) : ''
    const eInvoiceXml = xmlPath && existsSync(xmlPath) ? readFileSync(xmlPath, 'utf8') : undefined
    const extraction = extractInvoice(pages, { eInvoiceXml })
    rows.push({
      path: truth.path,
      truth,
      extraction,
      pageLineItems: eInvoiceXml ? pageLineItems(pages) : undefined,
      needsReview: (key: HeaderFieldKey) =>
        needsReview(extraction.fields[key], key, extraction.checks, thresholdFor(settings, key)),
    })
  } catch (err) {
    const error = String(err)
    rows.push({ path: truth.path, truth, extraction: null, error, needsReview: () => true })
  }
}
const report = scoreDocuments(rows)
console.log(formatEvalReport(report))
if (process.argv.includes('--failures')) {
  console.log('\nwrong fields')
  for (const f of report.fields.filter((x) => !x.right)) {
    const flag = f.flagged ? 'flagged' : 'NOT FLAGGED'
    const got = `${f.predicted} (${f.confidence.toFixed(2)})`
    console.log(`  ${f.path} ${f.key}: got ${got} want ${f.truth} ${flag}`)
  }
}

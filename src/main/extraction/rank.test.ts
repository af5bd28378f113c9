import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import type { PageWords } from '../../shared/words'
import { readDocument } from '../ingest/readDocument'
import type { OcrEngine } from '../ingest/ocr/ocrPool'
import { extractDetailed } from '.'
import { ocrConfidence, type Candidate } from './candidate'
import { labelledCandidates, looseCandidates } from './candidates'
import { buildDoc } from './document'
import { receiverZone, supplierCandidates } from './parties'
import { createRanking, rankValues } from './rank'
import { DEFAULT_RANKER_WEIGHTS, type RankerWeights } from './rankerFeatures'

const root = path.resolve(import.meta.dirname, '../../..')
const shared = path.resolve(root, '../shared/data/invoices')
/** Text PDFs only: no OCR runs, and one that tried would fail the test. */
const noOcr: OcrEngine = {
  concurrency: 1,
  recognize: () => Promise.reject(new Error('a text PDF needed OCR')),
  terminate: () => Promise.resolve(),
}
const limits = { maxFileBytes: 50 * 1_048_576, maxPages: 50, maxImagePixels: 50e6 }

/** The fixed rule the ranker replaced, written out as it stood, to hold the shipped weights to it. */
function fixedRule(c: Candidate): number {
  if (c.score) return c.score
  const gap = c.relation === 'below' ? 0.05 * Math.min(6, c.gap ?? 0) : 0
  const layout = { right: 0.4, below: 0.3, none: 0 }[c.relation] - gap
  return 2 * c.label + layout + c.validity * 0.5 + ocrConfidence(c.words) * 0.3
}

let documents: { name: string; pages: PageWords[] }[]

beforeAll(async () => {
  const files = [
    ...readdirSync(path.join(root, 'resources/samples')).filter((f) => /^0[1-6].*\.pdf$/.test(f)).map((f) => path.join(root, 'resources/samples', f)),
    ...['invoice2data', 'parsee'].flatMap((d) =>
      readdirSync(path.join(shared, d)).filter((f) => f.endsWith('.pdf')).map((f) => path.join(shared, d, f)),
    ),
  ]
  documents = []
  for (const file of files) {
    const read = await readDocument(new Uint8Array(readFileSync(file)), { ocr: noOcr, limits })
    if (read.pages.every((p) => p.source === 'text-layer')) documents.push({ name: path.basename(file), pages: read.pages })
  }
}, 120_000)

describe('the candidate ranker', () => {
  it('scores every candidate of real invoices exactly as the fixed rule did, with the shipped weights', () => {
    expect(documents.length).toBeGreaterThanOrEqual(15)
    let compared = 0
    for (const { pages } of documents) {
      const doc = buildDoc(pages)
      const all = [...labelledCandidates(doc), ...looseCandidates(doc)]
      const suppliers = supplierCandidates(doc, receiverZone(doc).zone, all.filter((c) => c.field === 'supplier_name'))
      const ranking = createRanking(pages)
      for (const c of [...all, ...suppliers]) {
        const [ranked] = rankValues([c], ranking)
        expect(ranked?.score).toBe(fixedRule(c))
        compared++
      }
    }
    expect(compared).toBeGreaterThan(1000)
  })

  it('pools every value weighed per field, the extraction’s choice among them', () => {
    let chosenPooled = 0
    let chosen = 0
    for (const { name, pages } of documents) {
      const { extraction, pools } = extractDetailed(pages)
      for (const [key, pool] of Object.entries(pools)) {
        expect(pool.length, `${name} ${key}`).toBeLessThanOrEqual(12)
        expect(new Set(pool.map((v) => v.value)).size, `${name} ${key}`).toBe(pool.length)
        for (const v of pool) {
          expect(v.candidates.length).toBeGreaterThanOrEqual(1)
          expect(v.candidates.length).toBeLessThanOrEqual(Math.min(4, v.support))
        }
        const value = extraction.fields[key as keyof typeof extraction.fields]?.value
        if (value === undefined) continue
        chosen++
        if (pool.some((v) => v.value === value)) chosenPooled++
      }
    }
    // a derived net (total − tax) is chosen without being weighed; nearly every other choice is
    expect(chosenPooled / chosen).toBeGreaterThan(0.9)
  })

  it('lets other weights change which value a field takes', () => {
    // the issue date boxed under a bare "DATE", the print date beside "Date:" in the footer
    const words = (y: number, cells: [number, string][]) =>
      cells.flatMap(([x, text]) => ({ text, bbox: [x, y, x + text.length * 6, y + 10] as [number, number, number, number], confidence: 1, source: 'text-layer' as const }))
    const page: PageWords = {
      page: 1, width: 600, height: 800, rotation: 0, source: 'text-layer',
      words: [
        ...words(60, [[50, 'Brenntal'], [110, 'Kunststoffe'], [190, 'GmbH']]),
        ...words(200, [[50, 'INVOICE'], [100, 'NO.'], [220, 'DATE']]),
        ...words(216, [[50, '20250147'], [220, '08.03.2025']]),
        ...words(760, [[50, 'Date:'], [90, '18.04.2025']]),
      ],
    }
    expect(extractDetailed([page]).extraction.fields.invoice_date?.value).toBe('2025-04-18')
    const underLabel: RankerWeights = { ...DEFAULT_RANKER_WEIGHTS, below: 0.6 }
    expect(extractDetailed([page], { rankerWeights: underLabel }).extraction.fields.invoice_date?.value).toBe('2025-03-08')
  })
})

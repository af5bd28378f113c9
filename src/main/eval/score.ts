import type { Extraction, HeaderFieldKey, LineItem } from '../../shared/fields'
import { HEADER_FIELD_KEYS } from '../../shared/fields'
import { scoreItems, tallyItems, type ItemScore, type ItemTally, type TruthItem } from './itemMatch'
import { matchValue } from './match'

/** One line of truth.jsonl. */
export interface TruthEntry {
  path: string
  fields: Partial<Record<HeaderFieldKey, string>>
  line_items?: TruthItem[]
  note?: string
}

export interface EvalRow {
  path: string
  truth: Pick<TruthEntry, 'fields' | 'line_items'>
  extraction: Extraction | null
  error?: string
  needsReview: (key: HeaderFieldKey) => boolean
  /**
   * Items the rules read from the page, where the extraction's came from an e-invoice's XML
   * (which makes them trivially right); absent otherwise, the extraction's items are the page's.
   */
  pageLineItems?: LineItem[]
}

/** Line items of the documents whose truth lists them. */
export interface LineItemReport {
  /** As the extraction returns them (e-invoices: from the XML). */
  final: ItemTally
  /** As read from the page by the rules, any e-invoice XML ignored. */
  fromPage: ItemTally
  documents: { path: string; final: ItemScore; fromPage: ItemScore }[]
}

export interface Tally {
  scored: number
  right: number
  accuracy: number
}

export interface ScoredField {
  path: string
  key: HeaderFieldKey
  truth: string
  predicted: string | null
  confidence: number
  right: boolean
  flagged: boolean
}

export interface ReliabilityBin {
  from: number
  to: number
  count: number
  meanConfidence: number
  accuracy: number
}

export interface EvalReport {
  overall: Tally
  perField: Partial<Record<HeaderFieldKey, Tally>>
  perGroup: Record<string, Tally>
  perKind: Record<string, Tally>
  wrong: number
  wrongFlagged: number
  /** Share of wrong fields flagged for review. */
  wrongFlaggedShare: number
  /** Share of all scored fields flagged for review. */
  reviewLoad: number
  ece: number
  reliability: ReliabilityBin[]
  fields: ScoredField[]
  errors: { path: string; error: string }[]
  lineItems: LineItemReport
}

/** Top folder (invoice2data PDFs and PNGs apart), and text PDF vs scan/image. */
export function groupOf(path: string): string {
  const top = path.split('/')[0] ?? path
  if (top === 'invoice2data') return path.endsWith('.png') ? 'invoice2data-png' : 'invoice2data-pdf'
  return top
}

export function kindOf(path: string): string {
  return /\.(png|jpe?g|tiff?)$/i.test(path) ? 'scan/image' : 'text PDF'
}

export function scoreDocuments(rows: readonly EvalRow[]): EvalReport {
  const fields: ScoredField[] = []
  const errors: { path: string; error: string }[] = []
  for (const row of rows) {
    if (row.error || !row.extraction) {
      errors.push({ path: row.path, error: row.error ?? 'no output' })
    }
    for (const key of HEADER_FIELD_KEYS) {
      const truth = row.truth.fields[key]
      if (truth === undefined) continue
      const got = row.extraction?.fields[key]
      const right = got !== undefined && matchValue(key, got.value, truth)
      fields.push({
        path: row.path,
        key,
        truth,
        predicted: got?.value ?? null,
        confidence: got?.confidence ?? 0,
        right,
        // a missing field is shown empty and flagged to the clerk
        flagged: !got || row.needsReview(key),
      })
    }
  }
  const wrong = fields.filter((f) => !f.right)
  const wrongFlagged = wrong.filter((f) => f.flagged).length
  const { ece, bins } = calibration(fields.filter((f) => f.predicted !== null))
  return {
    overall: tally(fields),
    perField: groupBy(fields, (f) => f.key),
    perGroup: groupBy(fields, (f) => groupOf(f.path)),
    perKind: groupBy(fields, (f) => kindOf(f.path)),
    wrong: wrong.length,
    wrongFlagged,
    wrongFlaggedShare: wrong.length === 0 ? 1 : wrongFlagged / wrong.length,
    reviewLoad: fields.length === 0 ? 0 : fields.filter((f) => f.flagged).length / fields.length,
    ece,
    reliability: bins,
    fields,
    errors,
    lineItems: scoreLineItems(rows),
  }
}

export function scoreLineItems(rows: readonly EvalRow[]): LineItemReport {
  const documents = rows
    .filter((row) => row.truth.line_items !== undefined && row.truth.line_items.length > 0)
    .map((row) => {
      const truth = row.truth.line_items ?? []
      const final = row.extraction?.lineItems ?? []
      return {
        path: row.path,
        final: scoreItems(final, truth),
        fromPage: scoreItems(row.pageLineItems ?? final, truth),
      }
    })
  return {
    final: tallyItems(documents.map((d) => d.final)),
    fromPage: tallyItems(documents.map((d) => d.fromPage)),
    documents,
  }
}

function tally(list: readonly ScoredField[]): Tally {
  const right = list.filter((f) => f.right).length
  return { scored: list.length, right, accuracy: list.length === 0 ? 0 : right / list.length }
}

function groupBy<K extends string>(
  list: readonly ScoredField[],
  key: (f: ScoredField) => K,
): Record<K, Tally> {
  const groups = new Map<K, ScoredField[]>()
  for (const f of list) groups.set(key(f), [...(groups.get(key(f)) ?? []), f])
  const out = {} as Record<K, Tally>
  for (const [k, v] of groups) out[k] = tally(v)
  return out
}

/** Expected calibration error over 10 equal-width bins of predicted fields. */
export function calibration(list: readonly { confidence: number; right: boolean }[]) {
  const bins = Array.from({ length: 10 }, (_, i) => ({
    from: i / 10,
    to: (i + 1) / 10,
    count: 0,
    meanConfidence: 0,
    accuracy: 0,
  }))
  for (const f of list) {
    const bin = bins[Math.min(9, Math.floor(f.confidence * 10))]
    if (!bin) continue
    bin.count++
    bin.meanConfidence += f.confidence
    bin.accuracy += f.right ? 1 : 0
  }
  let ece = 0
  for (const b of bins) {
    if (b.count === 0) continue
    b.meanConfidence /= b.count
    b.accuracy /= b.count
    ece += (b.count / Math.max(1, list.length)) * Math.abs(b.meanConfidence - b.accuracy)
  }
  return { ece, bins }
}

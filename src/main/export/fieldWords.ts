import type { BBox } from '../../shared/fields'
import type { PageWords } from '../../shared/words'
import type { ExportField } from './types'

/**
 * Which field each word of a page belongs to, or null: a word belongs to a field when at least
 * half of its box lies inside the field's final box and its text is part of the field's raw text
 * (so a label inside a generous box, "Total: 910,35", stays outside). Where boxes overlap, the
 * smallest box wins: a line-item cell inside a table-wide box keeps its own field.
 */
export function fieldsOfWords(page: PageWords, fields: readonly ExportField[]): (ExportField | null)[] {
  const candidates: Candidate[] = fields
    .filter((f): f is ExportField & { bbox: BBox } => f.page === page.page && f.bbox !== null && fold(f.raw) !== '')
    .map((f) => ({ field: f, raw: fold(f.raw), area: area(f.bbox), x0: f.bbox[0], y0: f.bbox[1], x1: f.bbox[2], y1: f.bbox[3] }))
    .sort((a, b) => a.area - b.area)
  const near = nearbyCandidates(page, candidates)
  return page.words.map((word) => {
    const [wx0, wy0, wx1, wy1] = word.bbox
    const wordArea = Math.max(area(word.bbox), 1e-9)
    // Folded lazily: most words lie in no field's box, and folding 1.5 M words costs seconds.
    let text: string | undefined
    let bare: string | undefined
    for (const c of near(wy0, wy1)) {
      // intersection(), spelled out: this loop runs for every word against every nearby field.
      const overlap = Math.max(0, Math.min(wx1, c.x1) - Math.max(wx0, c.x0)) * Math.max(0, Math.min(wy1, c.y1) - Math.max(wy0, c.y0))
      if (overlap / wordArea < 0.5) continue
      text ??= fold(word.text)
      bare ??= fold(word.text.replace(/^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu, ''))
      if ((text && c.raw.includes(text)) || (bare && c.raw.includes(bare))) return c.field
    }
    return null
  })
}

interface Candidate {
  field: ExportField & { bbox: BBox }
  raw: string
  area: number
  x0: number
  y0: number
  x1: number
  y1: number
}

const BANDS = 32

/**
 * The candidates a word between `y0` and `y1` can overlap, smallest first: the page is cut into
 * horizontal bands and each candidate listed in the bands its box spans, so a word meets only
 * the fields on its own lines. Overlap needs a positive height in common, which finite boxes
 * only have within a shared band; with a non-finite coordinate anywhere (Infinity - Infinity is
 * NaN, and NaN passes the overlap test) every candidate is tried, as before.
 */
function nearbyCandidates(page: PageWords, candidates: Candidate[]): (y0: number, y1: number) => readonly Candidate[] {
  const finite = (n: number) => Number.isFinite(n)
  const boxesFinite =
    candidates.every((c) => finite(c.x0) && finite(c.y0) && finite(c.x1) && finite(c.y1)) &&
    page.words.every((w) => w.bbox.every(finite))
  if (!boxesFinite || !(page.height > 0) || candidates.length < 4) return () => candidates
  const band = (y: number) => Math.min(BANDS - 1, Math.max(0, Math.floor((y / page.height) * BANDS)))
  const bands: Candidate[][] = Array.from({ length: BANDS }, () => [])
  for (const c of candidates) {
    if (c.y1 < c.y0) continue // an upside-down box overlaps nothing
    for (let b = band(c.y0); b <= band(c.y1); b++) bands[b]!.push(c)
  }
  return (y0, y1) => {
    const first = band(y0)
    const last = band(y1)
    if (first === last) return bands[first]!
    if (last < first) return []
    const seen = new Set<Candidate>()
    for (let b = first; b <= last; b++) for (const c of bands[b]!) seen.add(c)
    return [...seen].sort((a, b) => candidates.indexOf(a) - candidates.indexOf(b))
  }
}

/** The id of a field within its document: `invoice_id`, `amount@2` for line item 2. */
export function fieldId(field: Pick<ExportField, 'key' | 'line'>): string {
  return field.line === 0 ? field.key : `${field.key}@${field.line}`
}

export function fold(text: string): string {
  return text.normalize('NFKC').toLocaleLowerCase().replace(/\s+/g, '')
}

export function area(b: BBox): number {
  return Math.max(0, b[2] - b[0]) * Math.max(0, b[3] - b[1])
}

export function intersection(a: BBox, b: BBox): number {
  return area([Math.max(a[0], b[0]), Math.max(a[1], b[1]), Math.min(a[2], b[2]), Math.min(a[3], b[3])])
}

/** A box clamped into the page and ordered (x0 ≤ x1, y0 ≤ y1). */
export function clampBox(b: BBox, width: number, height: number): BBox {
  const x0 = clamp(Math.min(b[0], b[2]), 0, width)
  const x1 = clamp(Math.max(b[0], b[2]), 0, width)
  const y0 = clamp(Math.min(b[1], b[3]), 0, height)
  const y1 = clamp(Math.max(b[1], b[3]), 0, height)
  return [x0, y0, x1, y1]
}

export function clamp(n: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, n))
}

/** Rounds to `places` decimals; keeps files small and free of float noise like 0.30000000000000004. */
export function round(n: number, places = 2): number {
  const f = POWERS[places] ?? 10 ** places
  return Math.round(n * f) / f
}

const POWERS = [1, 10, 100, 1000, 10000]

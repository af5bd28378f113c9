import { ocrConfidence, type Candidate } from './candidate'

/**
 * What the candidate ranker sees of one candidate. A candidate whose finder already weighed it
 * (supplier names found by layout, label-less dates) carries that score as `preset` and zeros in
 * the label evidence, so one linear model scores both kinds exactly as the fixed rules did.
 */
export interface RankerFeatures {
  preset: number
  label: number
  /** 1 when the value stands right of its label on the same line. */
  right: number
  /** 1 when the value stands in the column under its label. */
  below: number
  /** Lines between a label and the value under it, capped at 6. */
  gap: number
  validity: number
  ocr: number
  /** How much taller than the page's usual words the value is printed: 0 (same or smaller) to 2. */
  size: number
  /** Where the value stands: 1 at the top of the page, 0 at the bottom. */
  top: number
  /** 1 at the right edge of the page, 0 at the left. */
  east: number
}

export type RankerFeatureKey = keyof RankerFeatures

export const RANKER_FEATURE_KEYS: readonly RankerFeatureKey[] = [
  'preset',
  'label',
  'right',
  'below',
  'gap',
  'validity',
  'ocr',
  'size',
  'top',
  'east',
]

/** One weight per feature, and one for how many candidates read the same value. */
export type RankerWeights = Record<RankerFeatureKey, number> & { support: number }

/**
 * The shipped ranker: the coefficients the rules used before the ranker was learned (2·label,
 * 0.4 beside / 0.3 under the label less 0.05 per line of gap, 0.5·validity, 0.3·OCR, 0.15 per
 * doubling of support). Size and position start at 0: only logged decisions can say whether they
 * matter, so a fresh install ranks exactly as before.
 */
export const DEFAULT_RANKER_WEIGHTS: RankerWeights = {
  preset: 1,
  label: 2,
  right: 0.4,
  below: 0.3,
  gap: -0.05,
  validity: 0.5,
  ocr: 0.3,
  size: 0,
  top: 0,
  east: 0,
  support: 0.15,
}

/** Page size and usual word height, to place a candidate on its page. */
export interface PageGeometry {
  width: number
  height: number
  unit: number
}

const NO_GEOMETRY: PageGeometry = { width: 0, height: 0, unit: 0 }

export function rankerFeatures(c: Candidate, page: PageGeometry = NO_GEOMETRY): RankerFeatures {
  const placed = placement(c, page)
  // `c.score || …` was the rule: a finder's score of 0 means "not scored", as before
  if (c.score) {
    return { preset: c.score, label: 0, right: 0, below: 0, gap: 0, validity: 0, ocr: 0, ...placed }
  }
  return {
    preset: 0,
    label: c.label,
    right: c.relation === 'right' ? 1 : 0,
    below: c.relation === 'below' ? 1 : 0,
    gap: c.relation === 'below' ? Math.min(6, c.gap ?? 0) : 0,
    validity: c.validity,
    ocr: ocrConfidence(c.words),
    ...placed,
  }
}

function placement(c: Candidate, page: PageGeometry): Pick<RankerFeatures, 'size' | 'top' | 'east'> {
  if (c.words.length === 0 || page.width <= 0 || page.height <= 0) return { size: 0, top: 0, east: 0 }
  const x0 = Math.min(...c.words.map((w) => w.bbox[0]))
  const x1 = Math.max(...c.words.map((w) => w.bbox[2]))
  const y0 = Math.min(...c.words.map((w) => w.bbox[1]))
  const height = Math.max(...c.words.map((w) => w.bbox[3] - w.bbox[1]))
  const size = page.unit > 0 ? Math.min(2, Math.max(0, height / page.unit - 1)) : 0
  return {
    size: round(size),
    top: round(clip01(1 - y0 / page.height)),
    east: round(clip01((x0 + x1) / 2 / page.width)),
  }
}

/**
 * A candidate's score: the weighted sum of its features. The terms are added in the order the
 * fixed rule added them, so the shipped weights reproduce its scores to the last bit.
 */
export function scoreFeatures(x: RankerFeatures, w: RankerWeights): number {
  if (x.preset !== 0) return w.preset * x.preset + placementScore(x, w)
  const relation = w.right * x.right + w.below * x.below + w.gap * x.gap
  return w.label * x.label + relation + x.validity * w.validity + x.ocr * w.ocr + placementScore(x, w)
}

function placementScore(x: RankerFeatures, w: RankerWeights): number {
  // skipped when unweighted, so that adding 0 never perturbs the shipped scores
  if (w.size === 0 && w.top === 0 && w.east === 0) return 0
  return w.size * x.size + w.top * x.top + w.east * x.east
}

function clip01(n: number): number {
  return Math.max(0, Math.min(1, n))
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000
}

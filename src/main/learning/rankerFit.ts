import type { PooledValue } from '../extraction/rank'
import { RANKER_FEATURE_KEYS, scoreFeatures, type RankerWeights } from '../extraction/rankerFeatures'
import type { RankerSample } from './evidenceRepository'

/** A decision the ranker can learn from: several values were weighed and one was the clerk's. */
export type Decision = Pick<RankerSample, 'pool'> & { target: number }

/** Every weight in one fixed order: the features, then support. */
const KEYS = [...RANKER_FEATURE_KEYS, 'support'] as const
type Key = (typeof KEYS)[number]

/**
 * The label weight is the unit scores are read in (the confidence model's margin feature is a
 * score gap), so it stays put and the others move relative to it. Evidence weights keep their
 * sign: more label, validity or OCR quality never counts against a value.
 */
const FIXED: ReadonlySet<Key> = new Set(['label'])
const NON_NEGATIVE: ReadonlySet<Key> = new Set(['preset', 'validity', 'ocr'])
/** How far, in score units (a strong label is worth 2), the clerk's value should lead. */
const MARGIN = 0.25
/**
 * The pull towards the current weights. Against a margin loss it sets how many consistent
 * corrections it takes to change a choice: about four for a typical layout cue, so one odd
 * document never flips a ranking that dozens of others agree on.
 */
const PULL = 50

/**
 * Net and tax are chosen together with the total by their arithmetic (net + tax = total), not by
 * their own ranking: their ranker's first choice is often not the value taken, and fitting it
 * would bend every other field's ranking to fix what the arithmetic already fixes. Logged, not fitted.
 */
const JOINTLY_CHOSEN: ReadonlySet<string> = new Set(['net_amount', 'total_tax_amount'])

export function decisionsOf(samples: readonly RankerSample[]): Decision[] {
  return samples.flatMap((s) =>
    s.target !== null && s.pool.length >= 2 && !JOINTLY_CHOSEN.has(s.field) ? [{ pool: s.pool, target: s.target }] : [],
  )
}

/** A value's score under some weights: its best candidate plus the support term, as rankValues. */
export function valueScore(v: PooledValue, w: RankerWeights): number {
  const best = Math.max(...v.candidates.map((x) => scoreFeatures(x, w)))
  return best + w.support * Math.log2(Math.max(1, v.support))
}

/** The index the ranker puts first; the earlier value wins a tie, as the stable sort did. */
export function topChoice(pool: readonly PooledValue[], w: RankerWeights): number {
  let best = 0
  let bestScore = -Infinity
  pool.forEach((v, i) => {
    const s = valueScore(v, w)
    if (s > bestScore) [best, bestScore] = [i, s]
  })
  return best
}

export function rankerReport(decisions: readonly Decision[], w: RankerWeights): { loss: number; top1: number | null } {
  if (decisions.length === 0) return { loss: 0, top1: null }
  let loss = 0
  let right = 0
  for (const d of decisions) {
    const scores = d.pool.map((v) => valueScore(v, w))
    const target = scores[d.target] as number
    for (const s of scores) loss += Math.max(0, MARGIN - (target - s))
    loss -= MARGIN // the target against itself
    if (topChoice(d.pool, w) === d.target) right++
  }
  return { loss: round(loss / decisions.length), top1: round(right / decisions.length) }
}

/** Only the newest decisions are fitted: the ranker follows what clerks do now, and a
 * retraining inside a confirmation stays well under a second. */
export const MAX_DECISIONS = 1000
const DIMS = KEYS.length

/**
 * Pairwise margin loss: the clerk's value should score at least MARGIN above every other value
 * weighed for the field, plus an L2 pull towards `prior`. Decisions already ranked right by that
 * margin teach nothing, so a few dozen corrections adjust the ranker where it was wrong instead of
 * inflating every weight (a softmax loss keeps widening margins that are already right, which
 * shifts the fixed bonuses the amounts and the confidence model are read against). A value scores
 * as its best candidate, so the gradient follows that candidate. Gradient descent with a step that
 * halves whenever it would not lower the objective: a finder's preset score runs up to about 8.
 */
export function fitRanker(decisions: readonly Decision[], prior: RankerWeights, lambda = PULL, steps = 200): RankerWeights {
  if (decisions.length === 0) return { ...prior }
  const packed = decisions.slice(-MAX_DECISIONS).map(pack)
  const p0 = Float64Array.from(KEYS, (k) => prior[k])
  let w = Float64Array.from(p0)
  const grad = new Float64Array(DIMS)
  const scale = packed.length + lambda
  let rate = 1
  let current = objective(packed, w, p0, lambda, grad)
  for (let step = 0; step < steps && rate > 1e-6; step++) {
    const next = new Float64Array(DIMS)
    let value = Infinity
    for (; rate > 1e-6; rate /= 2) {
      KEYS.forEach((k, j) => {
        const moved = FIXED.has(k) ? (w[j] as number) : (w[j] as number) - (rate * (grad[j] as number)) / scale
        next[j] = NON_NEGATIVE.has(k) ? Math.max(0, moved) : moved
      })
      value = objective(packed, next, p0, lambda)
      if (value <= current) break
    }
    if (value > current) break
    // converged: another step would not change any choice
    const settled = current - value < 1e-6 * Math.max(1, current)
    w = next
    current = objective(packed, w, p0, lambda, grad)
    if (settled) break
    rate = Math.min(4, rate * 1.25)
  }
  const out = { ...prior }
  KEYS.forEach((k, j) => (out[k] = Math.round((w[j] as number) * 10000) / 10000))
  return out
}

/** A decision as rows of numbers: per value, one row per candidate, log2 support last. */
interface Packed {
  target: number
  values: Float64Array[][]
}

function pack(d: Decision): Packed {
  const values = d.pool.map((v) => {
    const support = Math.log2(Math.max(1, v.support))
    return v.candidates.map((x) => Float64Array.from(KEYS, (k) => (k === 'support' ? support : x[k])))
  })
  return { target: d.target, values }
}

/** The loss plus the pull towards the prior; with `grad`, also its (sub)gradient. */
function objective(packed: readonly Packed[], w: Float64Array, p0: Float64Array, lambda: number, grad?: Float64Array): number {
  let loss = 0
  grad?.fill(0)
  const scores: number[] = []
  const best: Float64Array[] = []
  for (const d of packed) {
    scores.length = 0
    best.length = 0
    for (const rows of d.values) {
      let top = -Infinity
      let row = rows[0] as Float64Array
      for (const r of rows) {
        let s = 0
        for (let j = 0; j < DIMS; j++) s += (w[j] as number) * (r[j] as number)
        if (s > top) [top, row] = [s, r]
      }
      scores.push(top)
      best.push(row)
    }
    const target = scores[d.target] as number
    const wanted = best[d.target] as Float64Array
    scores.forEach((s, i) => {
      const violation = MARGIN - (target - s)
      if (i === d.target || violation <= 0) return
      loss += violation
      const other = best[i] as Float64Array
      if (grad) for (let j = 0; j < DIMS; j++) grad[j] = (grad[j] as number) + (other[j] as number) - (wanted[j] as number)
    })
  }
  for (let j = 0; j < DIMS; j++) {
    const delta = (w[j] as number) - (p0[j] as number)
    loss += (lambda / 2) * delta * delta
    if (grad) grad[j] = (grad[j] as number) + lambda * delta
  }
  return loss
}

function round(n: number): number {
  return Math.round(n * 10000) / 10000
}

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

export function decisionsOf(samples: readonly RankerSample[]): Decision[] {
  return samples.flatMap((s) => (s.target !== null && s.pool.length >= 2 ? [{ pool: s.pool, target: s.target }] : []))
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
    const p = softmax(d.pool.map((v) => valueScore(v, w)))
    loss -= Math.log(Math.max(1e-9, p[d.target] ?? 0))
    if (topChoice(d.pool, w) === d.target) right++
  }
  return { loss: round(loss / decisions.length), top1: round(right / decisions.length) }
}

/**
 * Softmax ranking loss over each decision's values (the clerk's value should score highest),
 * with an L2 pull towards `prior` so that a few dozen documents adjust the ranker rather than
 * replace it. A value scores as its best candidate, so the gradient follows that candidate.
 * Gradient descent with a step that halves whenever it would not lower the objective: a finder's
 * preset score runs up to about 8, steep enough to overshoot with any fixed step.
 */
export function fitRanker(decisions: readonly Decision[], prior: RankerWeights, lambda = 8, steps = 300): RankerWeights {
  let w: RankerWeights = { ...prior }
  if (decisions.length === 0) return w
  const scale = decisions.length + lambda
  let rate = 1
  let current = objective(decisions, w, prior, lambda)
  for (let step = 0; step < steps && rate > 1e-6; step++) {
    const grad = gradient(decisions, w, prior, lambda)
    for (;;) {
      const next = { ...w }
      for (const k of KEYS) {
        if (FIXED.has(k)) continue
        next[k] -= (rate * grad[k]) / scale
        if (NON_NEGATIVE.has(k) && next[k] < 0) next[k] = 0
      }
      const value = objective(decisions, next, prior, lambda)
      if (value <= current) {
        ;[w, current] = [next, value]
        rate = Math.min(4, rate * 1.25)
        break
      }
      rate /= 2
      if (rate <= 1e-6) break
    }
  }
  for (const k of KEYS) w[k] = Math.round(w[k] * 10000) / 10000
  return w
}

function objective(decisions: readonly Decision[], w: RankerWeights, prior: RankerWeights, lambda: number): number {
  let loss = 0
  for (const d of decisions) {
    const scores = d.pool.map((v) => valueScore(v, w))
    const top = Math.max(...scores)
    const sum = scores.reduce((s, x) => s + Math.exp(x - top), 0)
    loss -= (scores[d.target] ?? top) - top - Math.log(sum)
  }
  for (const k of KEYS) loss += (lambda / 2) * (w[k] - prior[k]) ** 2
  return loss
}

function gradient(decisions: readonly Decision[], w: RankerWeights, prior: RankerWeights, lambda: number): Record<Key, number> {
  const grad = Object.fromEntries(KEYS.map((k) => [k, lambda * (w[k] - prior[k])])) as Record<Key, number>
  for (const d of decisions) {
    const best = d.pool.map((v) => bestCandidate(v, w))
    const p = softmax(d.pool.map((v, i) => (best[i]?.score ?? 0) + w.support * Math.log2(Math.max(1, v.support))))
    d.pool.forEach((v, i) => {
      const x = best[i]?.features
      if (!x) return
      const coef = (p[i] ?? 0) - (i === d.target ? 1 : 0)
      for (const k of RANKER_FEATURE_KEYS) grad[k] += coef * x[k]
      grad.support += coef * Math.log2(Math.max(1, v.support))
    })
  }
  return grad
}

function bestCandidate(v: PooledValue, w: RankerWeights) {
  let best: { features: PooledValue['candidates'][number]; score: number } | null = null
  for (const features of v.candidates) {
    const score = scoreFeatures(features, w)
    if (!best || score > best.score) best = { features, score }
  }
  return best
}

function softmax(scores: readonly number[]): number[] {
  const top = Math.max(...scores)
  const e = scores.map((s) => Math.exp(s - top))
  const sum = e.reduce((a, b) => a + b, 0)
  return e.map((x) => x / sum)
}

function round(n: number): number {
  return Math.round(n * 10000) / 10000
}

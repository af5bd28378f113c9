import type { HeaderFieldKey } from '../../shared/fields'
import type { PageWords } from '../../shared/words'
import type { Candidate } from './candidate'
import { medianHeight } from './layout'
import {
  DEFAULT_RANKER_WEIGHTS,
  rankerFeatures,
  scoreFeatures,
  type PageGeometry,
  type RankerFeatures,
  type RankerWeights,
} from './rankerFeatures'

/** One distinct value of a field with the candidates that support it. */
export interface Ranked {
  field: HeaderFieldKey
  value: string
  best: Candidate
  support: number
  score: number
}

/** A value a field could have taken, as the ranker saw it: what a confirmation teaches from. */
export interface PooledValue {
  value: string
  /** How many candidates read this value (the support term counts all of them). */
  support: number
  /** The strongest candidates' features, best first; the value scores as the best of them. */
  candidates: RankerFeatures[]
}

/** Every value each field could have taken in one document, best first. */
export type RankerPools = Partial<Record<HeaderFieldKey, PooledValue[]>>

/**
 * The ranker of one extraction: its weights, the pages' geometry, and the values it ranked per
 * field, kept so that a later confirmation can say which of them the clerk wanted.
 */
export interface Ranking {
  weights: RankerWeights
  pages: ReadonlyMap<number, PageGeometry>
  pools: Map<HeaderFieldKey, Map<string, { support: number; candidates: Scored[] }>>
}

interface Scored {
  features: RankerFeatures
  score: number
}

/** Pools keep this many values per field and candidates per value: enough to learn from. */
const MAX_VALUES = 12
const MAX_CANDIDATES = 4

export function createRanking(pages: readonly PageWords[], weights: RankerWeights = DEFAULT_RANKER_WEIGHTS): Ranking {
  const geometry = new Map<number, PageGeometry>()
  for (const p of pages) geometry.set(p.page, { width: p.width, height: p.height, unit: medianHeight(p.words) })
  return { weights, pages: geometry, pools: new Map() }
}

/** Scores one candidate with the shipped weights (no page geometry needed for them). */
export function scoreCandidate(c: Candidate, weights: RankerWeights = DEFAULT_RANKER_WEIGHTS): number {
  return scoreFeatures(rankerFeatures(c), weights)
}

/**
 * Groups a field's candidates by value, best first; repeated evidence adds a little. With a
 * ranking, candidates are scored by its (possibly retrained) weights and every value is pooled.
 */
export function rankValues(candidates: readonly Candidate[], ranking?: Ranking): Ranked[] {
  const weights = ranking?.weights ?? DEFAULT_RANKER_WEIGHTS
  const byValue = new Map<string, Ranked>()
  for (const c of candidates) {
    const page = ranking?.pages.get(c.words[0]?.page ?? 1)
    const features = rankerFeatures(c, page)
    const score = scoreFeatures(features, weights)
    if (ranking) pool(ranking, c, { features, score })
    const cur = byValue.get(c.value)
    if (!cur) {
      byValue.set(c.value, { field: c.field, value: c.value, best: { ...c, score }, support: 1, score })
    } else {
      cur.support++
      if (score > cur.best.score) cur.best = { ...c, score }
    }
  }
  const out = [...byValue.values()].map((r) => ({
    ...r,
    score: r.best.score + weights.support * Math.log2(r.support),
  }))
  return out.sort((a, b) => b.score - a.score)
}

function pool(ranking: Ranking, c: Candidate, scored: Scored): void {
  let field = ranking.pools.get(c.field)
  if (!field) ranking.pools.set(c.field, (field = new Map()))
  const entry = field.get(c.value)
  // the same candidate may be ranked twice (a field's own call and a later re-rank): count it once
  if (entry?.candidates.some((s) => s.score === scored.score && same(s.features, scored.features))) return
  if (entry) {
    entry.support++
    entry.candidates.push(scored)
  } else {
    field.set(c.value, { support: 1, candidates: [scored] })
  }
}

function same(a: RankerFeatures, b: RankerFeatures): boolean {
  return (Object.keys(a) as (keyof RankerFeatures)[]).every((k) => a[k] === b[k])
}

/** The ranking's pools as plain data, strongest values first, trimmed to what is worth keeping. */
export function rankerPools(ranking: Ranking): RankerPools {
  const out: RankerPools = {}
  const { weights } = ranking
  for (const [field, values] of ranking.pools) {
    out[field] = [...values.entries()]
      .map(([value, v]) => {
        const candidates = [...v.candidates].sort((a, b) => b.score - a.score)
        const score = (candidates[0]?.score ?? 0) + weights.support * Math.log2(v.support)
        return { value, support: v.support, candidates: candidates.slice(0, MAX_CANDIDATES).map((s) => s.features), score }
      })
      .sort((a, b) => b.score - a.score)
      .slice(0, MAX_VALUES)
      .map(({ value, support, candidates }) => ({ value, support, candidates }))
  }
  return out
}

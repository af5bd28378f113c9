import type { HeaderFieldKey } from '../../shared/fields'
import { ocrConfidence, type Candidate } from './candidate'

/** One distinct value of a field with the candidates that support it. */
export interface Ranked {
  field: HeaderFieldKey
  value: string
  best: Candidate
  support: number
  score: number
}

const RELATION_BONUS = { right: 0.4, below: 0.3, none: 0 } as const

/** Scores one candidate from its evidence: label, layout relation, validity, OCR quality. */
export function scoreCandidate(c: Candidate): number {
  const gap = c.relation === 'below' ? 0.05 * Math.min(6, c.gap ?? 0) : 0
  const layout = RELATION_BONUS[c.relation] - gap
  return 2 * c.label + layout + c.validity * 0.5 + ocrConfidence(c.words) * 0.3
}

/** Groups a field's candidates by value, best first; repeated evidence adds a little. */
export function rankValues(candidates: readonly Candidate[]): Ranked[] {
  const byValue = new Map<string, Ranked>()
  for (const c of candidates) {
    const score = c.score || scoreCandidate(c)
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
    score: r.best.score + 0.15 * Math.log2(r.support),
  }))
  return out.sort((a, b) => b.score - a.score)
}

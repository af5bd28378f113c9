import type { HeaderFieldKey } from '../../shared/fields'
import { HEADER_FIELD_KEYS } from '../../shared/fields'
import { matchValue } from '../eval/match'
import type { ConfidenceFeatures } from '../extraction/confidence'
import type { ExtractionEvidence } from '../extraction/evidence'
import type { RankerSample } from './evidenceRepository'
import { sameValue } from './values'

export interface Decisions {
  /** Per field the extraction read: its confidence features and whether the clerk kept its value. */
  confidence: { field: HeaderFieldKey; features: ConfidenceFeatures; right: boolean }[]
  /** Per field the ranker weighed values for: which of them was the clerk's final value, if any. */
  ranking: Omit<RankerSample, 'documentId'>[]
}

/**
 * Judges what the extraction knew against what the clerk confirmed. Pure: the stored evidence and
 * the final values in, the decisions to log out. A value from an embedded e-invoice says nothing
 * about the confidence model (which never scores it), but its words still show the ranker which
 * of the values on the page was right.
 */
export function decisionsFrom(
  evidence: ExtractionEvidence,
  finals: Partial<Record<HeaderFieldKey, string>>,
): Decisions {
  const out: Decisions = { confidence: [], ranking: [] }
  for (const field of HEADER_FIELD_KEYS) {
    const e = evidence[field]
    if (!e) continue
    const final = finals[field]
    if (e.confidence && e.value !== null && e.source !== 'e-invoice' && final !== undefined) {
      out.confidence.push({ field, features: e.confidence, right: matchValue(field, e.value, final) })
    }
    if (e.pool && e.pool.length > 0) {
      const at = final === undefined ? -1 : e.pool.findIndex((v) => sameValue(field, v.value, final))
      out.ranking.push({ field, pool: e.pool, target: at < 0 ? null : at })
    }
  }
  return out
}

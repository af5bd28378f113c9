import type { Extraction, FieldSource, HeaderFieldKey } from '../../shared/fields'
import { HEADER_FIELD_KEYS } from '../../shared/fields'
import type { ConfidenceFeatures } from './confidence'
import type { PooledValue, RankerPools } from './rank'

/**
 * What the extraction knew when it chose a field's value: the value and its source, the
 * confidence features of that value, and every value the ranker weighed. The pipeline worker
 * returns it with its result and it is stored with the document, so that a confirmation later
 * turns it into training decisions by reading, never by extracting again.
 */
export interface FieldEvidence {
  /** The extraction's value before supplier memory; null when it chose none. */
  value: string | null
  source: FieldSource | null
  confidence?: ConfidenceFeatures
  pool?: PooledValue[]
}

export type ExtractionEvidence = Partial<Record<HeaderFieldKey, FieldEvidence>>

export function evidenceOf(
  extraction: Extraction,
  features: Partial<Record<HeaderFieldKey, ConfidenceFeatures>>,
  pools: RankerPools,
): ExtractionEvidence {
  const out: ExtractionEvidence = {}
  for (const key of HEADER_FIELD_KEYS) {
    const field = extraction.fields[key]
    const confidence = features[key]
    const pool = pools[key]
    if (!field && !confidence && !pool) continue
    out[key] = {
      value: field?.value ?? null,
      source: field?.source ?? null,
      ...(confidence ? { confidence } : {}),
      ...(pool && pool.length > 0 ? { pool } : {}),
    }
  }
  return out
}

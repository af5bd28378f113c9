import type { Extraction, ExtractedField } from '../../shared/fields'
import { validate } from '../validation'
import type { LearnedValue } from './types'
import { sameValue } from './values'

/** Below this track record memory has been wrong more often than right; the rules decide. */
const MIN_HISTORY = 0.5

/**
 * Weighs what memory read against the rules' values. Agreement raises confidence (two
 * independent readings); on disagreement memory wins while its track record holds, since it
 * comes from a person's confirmation of this supplier's layout. An embedded e-invoice stays the
 * authority. Checks are rerun, so sums and dates are judged on the final values.
 */
export function mergeLearned(extraction: Extraction, learned: readonly LearnedValue[]): Extraction {
  const fields = { ...extraction.fields }
  let changed = false
  for (const l of learned) {
    const rule = fields[l.field]
    if (rule?.source === 'e-invoice' || l.history < MIN_HISTORY) continue
    const agree = rule !== undefined && sameValue(l.field, rule.value, l.value)
    // a position without its label is weak evidence: it fills a gap or backs the rules, no more
    if (!l.anchored && rule !== undefined && !agree) continue
    const confidence = agree ? 1 - (1 - rule.confidence) * (1 - l.confidence) : l.confidence
    const field: ExtractedField = {
      value: agree ? rule.value : l.value,
      raw: agree ? rule.raw : l.raw,
      confidence: Math.round(confidence * 1000) / 1000,
      page: l.page,
      bbox: l.bbox,
      source: 'learned',
    }
    fields[l.field] = field
    changed = true
  }
  if (!changed) return extraction
  const merged: Extraction = { ...extraction, fields }
  merged.checks = validate(merged)
  for (const check of merged.checks) {
    if (check.ok) continue
    for (const key of check.fields) {
      const field = merged.fields[key]
      if (field?.source === 'learned') field.confidence = Math.round(field.confidence * 500) / 1000
    }
  }
  return merged
}

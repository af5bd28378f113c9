import type { Check, ExtractedField, HeaderFieldKey } from '../../shared/fields'

export const DEFAULT_REVIEW_THRESHOLD = 0.8

/**
 * The lead's rule: a field goes to the clerk when its confidence is under the threshold or a
 * failed check involves it. A missing field is shown empty and always flagged.
 */
export function needsReview(
  field: ExtractedField | undefined,
  key: HeaderFieldKey,
  checks: readonly Check[],
  threshold = DEFAULT_REVIEW_THRESHOLD,
): boolean {
  if (!field) return true
  if (field.confidence < threshold) return true
  return checks.some((c) => !c.ok && c.fields.includes(key))
}

import type { FieldState } from '../../shared/documents'
import type { Check, HeaderFieldKey } from '../../shared/fields'
import { thresholdFor } from '../../shared/settings'
import type { Settings } from '../../shared/settings'
import { setFlaggedCount } from '../db/repositories/documents'
import { listFields, setNeedsReview } from '../db/repositories/fields'
import type { WritableDb } from '../db/handles'
import { needsReview } from '../validation/needsReview'

/** Fields a clerk must always see filled in; when the extractor found none, the gap is flagged. */
export const REQUIRED_FIELDS = ['invoice_id', 'invoice_date', 'total_amount', 'supplier_name', 'currency'] as const

/**
 * A field needs a person when nobody has decided on it yet and either its confidence is under the
 * threshold or a failed check involves it.
 */
export function fieldNeedsReview(field: FieldState, checks: readonly Check[], settings: Settings): boolean {
  if (field.status !== 'extracted') return false
  const threshold = thresholdFor(settings, field.key)
  if (field.line !== 0) return field.confidence < threshold
  return needsReview(field, field.key as HeaderFieldKey, checks, threshold)
}

/** Recomputes every field's flag and the document's count after extraction, an edit or new settings. */
export function refreshReviewFlags(
  db: WritableDb,
  documentId: number,
  checks: readonly Check[],
  settings: Settings,
): number {
  const fields = listFields(db, documentId)
  const flags = fields.map((f) => ({ line: f.line, key: f.key, needsReview: fieldNeedsReview(f, checks, settings) }))
  setNeedsReview(db, documentId, flags)
  const present = new Set(fields.filter((f) => f.line === 0 && f.value !== '').map((f) => f.key))
  const missing = REQUIRED_FIELDS.filter((k) => !present.has(k)).length
  const count = flags.filter((f) => f.needsReview).length + missing
  setFlaggedCount(db, documentId, count)
  return count
}

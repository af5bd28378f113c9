import type { Check, Extraction } from '../../shared/fields'
import { RULES } from './rules'

export interface ValidationContext {
  /** Computed by the caller from the database: same supplier + invoice id seen before. */
  isDuplicate?: boolean
  /** Reference "today" for plausibility; defaults to the current date. */
  today?: Date
}

/** Runs every rule that has the data it needs; rules without data are skipped, not failed. */
export function validate(extraction: Extraction, context: ValidationContext = {}): Check[] {
  const today = context.today ?? new Date()
  const checks = RULES.map((rule) => rule(extraction, today)).filter((c): c is Check => c !== null)
  if (context.isDuplicate !== undefined) {
    checks.push({
      id: 'duplicate',
      ok: !context.isDuplicate,
      message: context.isDuplicate
        ? 'An invoice with this supplier and number is already in the database.'
        : 'No earlier invoice with this supplier and number.',
      fields: ['invoice_id', 'supplier_name'],
    })
  }
  return checks
}

export { needsReview } from './needsReview'
export { vatFormatStatus, normaliseTaxId } from './vatFormats'

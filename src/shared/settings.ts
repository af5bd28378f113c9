import { z } from 'zod'
import { HEADER_FIELD_KEYS } from './fields'

export const OCR_LANGUAGES = ['eng', 'deu', 'fra'] as const
export type OcrLanguage = (typeof OCR_LANGUAGES)[number]

/**
 * Four-eyes review: once a clerk confirms a selected document, a different reviewer or supervisor
 * must confirm it too. Selected: total over `amountOver`, or within the `sampleShare` (0–1)
 * picked by the document's hash, so the same document is always picked.
 */
const fourEyes = z
  .object({
    enabled: z.boolean(),
    amountOver: z.number().min(0).nullable(),
    sampleShare: z.number().min(0).max(1),
  })
  .strict()
export type FourEyes = z.infer<typeof fourEyes>
export const FOUR_EYES_OFF: FourEyes = { enabled: false, amountOver: null, sampleShare: 0 }

const fieldThresholds = z.partialRecord(z.enum(HEADER_FIELD_KEYS), z.number().min(0).max(1))

/** User-editable settings; stored as one JSON row, validated on every write. */
export const settingsSchema = z.object({
  /** Fields whose confidence is below this are flagged for review. */
  reviewThreshold: z.number().min(0).max(1),
  fieldThresholds,
  /** The current profile (see the profiles table); written into every edit row. */
  userName: z.string().trim().min(1).max(80),
  ocrLanguages: z.array(z.enum(OCR_LANGUAGES)).min(1),
  /**
   * Detect each document's language (eng/deu/fra) and OCR its scans in it; `ocrLanguages` is then
   * the first pass. Optional so that settings saved before it existed still parse; absent means
   * on, the default (see detectsLanguage).
   */
  detectLanguage: z.boolean().optional(),
  /** Documents with nothing flagged and every check passed skip the queue. */
  autoApprove: z.boolean(),
  /** Tab visits only the flagged fields (true) or every field. */
  tabFlaggedOnly: z.boolean(),
  maxFileMegabytes: z.number().int().min(1).max(4096),
  maxPages: z.number().int().min(1).max(100_000),
  maxImageMegapixels: z.number().min(1).max(2000),
  // Optional so that a form that does not show it saves without erasing it.
  fourEyes: fourEyes.optional(),
})
export type Settings = z.infer<typeof settingsSchema>

export const DEFAULT_SETTINGS: Settings = {
  reviewThreshold: 0.8,
  fieldThresholds: { supplier_name: 0.95, receiver_name: 0.95, payment_terms: 0.97 },
  userName: 'clerk',
  ocrLanguages: ['eng'],
  detectLanguage: true,
  autoApprove: false,
  tabFlaggedOnly: true,
  maxFileMegabytes: 200,
  maxPages: 500,
  maxImageMegapixels: 150,
  // fourEyes absent: the rule is off (FOUR_EYES_OFF)
}

/** On unless turned off: it costs English scans nothing and reads French and German ones right. */
export function detectsLanguage(settings: Settings): boolean {
  return settings.detectLanguage !== false
}

export function thresholdFor(settings: Settings, key: string): number {
  return (settings.fieldThresholds as Record<string, number | undefined>)[key] ?? settings.reviewThreshold
}

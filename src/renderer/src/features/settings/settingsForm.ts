import { HEADER_FIELD_KEYS } from '../../../../shared/fields'
import type { HeaderFieldKey } from '../../../../shared/fields'
import { detectsLanguage, OCR_LANGUAGES, settingsSchema } from '../../../../shared/settings'
import type { Settings } from '../../../../shared/settings'

export type OcrLanguage = (typeof OCR_LANGUAGES)[number]

export const OCR_LANGUAGE_LABEL: Record<OcrLanguage, string> = {
  eng: 'English',
  deu: 'German',
  fra: 'French',
}

/** The form as typed: numbers stay text until saved, thresholds are percentages. */
export interface SettingsFormValues {
  reviewThreshold: string
  /** Empty means "use the global threshold". */
  fieldThresholds: Record<HeaderFieldKey, string>
  userName: string
  ocrLanguages: OcrLanguage[]
  /** Detect each document's language; the languages above are then the first pass. */
  detectLanguage: boolean
  autoApprove: boolean
  tabFlaggedOnly: boolean
  maxFileMegabytes: string
  maxPages: string
  maxImageMegapixels: string
}

export type SettingsFormErrors = Partial<Record<keyof SettingsFormValues | HeaderFieldKey, string>>

const MESSAGES: Record<keyof SettingsFormValues, string> = {
  reviewThreshold: 'Enter a percentage from 0 to 100.',
  fieldThresholds: 'Enter a percentage from 0 to 100, or leave it empty.',
  userName: 'Enter a name of 1 to 80 characters.',
  ocrLanguages: 'Choose at least one language.',
  detectLanguage: '',
  autoApprove: '',
  tabFlaggedOnly: '',
  maxFileMegabytes: 'Enter a whole number from 1 to 4096.',
  maxPages: 'Enter a whole number from 1 to 100000.',
  maxImageMegapixels: 'Enter a number from 1 to 2000.',
}

export function toFormValues(settings: Settings): SettingsFormValues {
  const fieldThresholds = Object.fromEntries(
    HEADER_FIELD_KEYS.map((key) => {
      const value = settings.fieldThresholds[key]
      return [key, value === undefined ? '' : percent(value)]
    }),
  ) as Record<HeaderFieldKey, string>
  return {
    reviewThreshold: percent(settings.reviewThreshold),
    fieldThresholds,
    userName: settings.userName,
    ocrLanguages: [...settings.ocrLanguages],
    detectLanguage: detectsLanguage(settings),
    autoApprove: settings.autoApprove,
    tabFlaggedOnly: settings.tabFlaggedOnly,
    maxFileMegabytes: String(settings.maxFileMegabytes),
    maxPages: String(settings.maxPages),
    maxImageMegapixels: String(settings.maxImageMegapixels),
  }
}

/** Checks the form with the same schema main applies; errors are keyed by input. */
export function fromFormValues(
  values: SettingsFormValues,
): { ok: true; settings: Settings } | { ok: false; errors: SettingsFormErrors } {
  const fieldThresholds: Partial<Record<HeaderFieldKey, number>> = {}
  for (const key of HEADER_FIELD_KEYS) {
    const text = values.fieldThresholds[key].trim()
    if (text !== '') fieldThresholds[key] = number(text) / 100
  }
  const parsed = settingsSchema.safeParse({
    reviewThreshold: number(values.reviewThreshold) / 100,
    fieldThresholds,
    userName: values.userName,
    ocrLanguages: values.ocrLanguages,
    detectLanguage: values.detectLanguage,
    autoApprove: values.autoApprove,
    tabFlaggedOnly: values.tabFlaggedOnly,
    maxFileMegabytes: number(values.maxFileMegabytes),
    maxPages: number(values.maxPages),
    maxImageMegapixels: number(values.maxImageMegapixels),
  })
  if (parsed.success) return { ok: true, settings: parsed.data }
  const errors: SettingsFormErrors = {}
  for (const issue of parsed.error.issues) {
    const [top, sub] = issue.path
    const key = top === 'fieldThresholds' && typeof sub === 'string' ? sub : top
    if (typeof key === 'string' && key in MESSAGES) {
      errors[key as keyof SettingsFormValues] = MESSAGES[key as keyof SettingsFormValues]
    } else if (typeof key === 'string') {
      errors[key as HeaderFieldKey] = MESSAGES.fieldThresholds
    }
  }
  return { ok: false, errors }
}

/** Text to number where empty or malformed is NaN, which the schema then refuses. */
function number(text: string): number {
  return text.trim() === '' ? NaN : Number(text)
}

function percent(fraction: number): string {
  return String(Math.round(fraction * 1000) / 10)
}

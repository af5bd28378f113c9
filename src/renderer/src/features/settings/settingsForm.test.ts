import { describe, expect, it } from 'vitest'
import { DEFAULT_SETTINGS } from '../../../../shared/settings'
import { fromFormValues, toFormValues } from './settingsForm'

describe('settings form', () => {
  it('round-trips the settings, thresholds as percentages', () => {
    const settings = { ...DEFAULT_SETTINGS, fieldThresholds: { total_amount: 0.95 } }
    const values = toFormValues(settings)
    expect(values.reviewThreshold).toBe('80')
    expect(values.fieldThresholds.total_amount).toBe('95')
    expect(values.fieldThresholds.invoice_id).toBe('')
    expect(fromFormValues(values)).toEqual({ ok: true, settings })
  })

  it('shows language detection on for settings saved before it existed, and saves the choice', () => {
    const { detectLanguage: _, ...older } = DEFAULT_SETTINGS
    const values = toFormValues(older)
    expect(values.detectLanguage).toBe(true)
    const saved = fromFormValues({ ...values, detectLanguage: false })
    expect(saved).toEqual({ ok: true, settings: { ...older, detectLanguage: false } })
  })

  it('names each input that is wrong', () => {
    const values = toFormValues(DEFAULT_SETTINGS)
    const result = fromFormValues({
      ...values,
      reviewThreshold: '120',
      userName: '  ',
      ocrLanguages: [],
      maxPages: '',
      fieldThresholds: { ...values.fieldThresholds, due_date: 'abc' },
    })
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(Object.keys(result.errors).sort()).toEqual(
      ['due_date', 'maxPages', 'ocrLanguages', 'reviewThreshold', 'userName'].sort(),
    )
  })
})

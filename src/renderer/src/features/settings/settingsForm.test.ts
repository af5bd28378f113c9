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

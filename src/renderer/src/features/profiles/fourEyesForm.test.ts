import { describe, expect, it } from 'vitest'
import { fromFourEyesValues, toFourEyesValues } from './fourEyesForm'

describe('the four-eyes form', () => {
  it('shows the rule as text, off by default', () => {
    expect(toFourEyesValues(undefined)).toEqual({ enabled: false, amountOver: '', samplePercent: '0' })
    expect(toFourEyesValues({ enabled: true, amountOver: 1000, sampleShare: 0.125 })).toEqual({
      enabled: true,
      amountOver: '1000',
      samplePercent: '12.5',
    })
  })

  it('reads it back, and refuses a rule that selects nothing', () => {
    expect(fromFourEyesValues({ enabled: true, amountOver: '', samplePercent: '5' })).toEqual({
      ok: true,
      rule: { enabled: true, amountOver: null, sampleShare: 0.05 },
    })
    expect(fromFourEyesValues({ enabled: false, amountOver: '', samplePercent: '' }).ok).toBe(true)
    expect(fromFourEyesValues({ enabled: true, amountOver: '', samplePercent: '0' }).ok).toBe(false)
    expect(fromFourEyesValues({ enabled: true, amountOver: '-1', samplePercent: '0' }).ok).toBe(false)
    expect(fromFourEyesValues({ enabled: true, amountOver: '10', samplePercent: '101' }).ok).toBe(false)
  })
})

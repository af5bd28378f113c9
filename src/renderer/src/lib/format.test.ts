import { describe, expect, it } from 'vitest'
import { formatAge, formatEta, formatMoney, formatPercent } from './format'

const now = Date.parse('2025-03-10T12:00:00Z')

describe('formatAge', () => {
  it('reads naturally at every scale', () => {
    expect(formatAge('2025-03-10T11:59:30Z', now)).toBe('just now')
    expect(formatAge('2025-03-10T11:48:00Z', now)).toBe('12 min')
    expect(formatAge('2025-03-10T09:00:00Z', now)).toBe('3 h')
    expect(formatAge('2025-03-05T12:00:00Z', now)).toBe('5 d')
  })

  it('does not break on a bad date', () => {
    expect(formatAge('not a date', now)).toBe('just now')
  })
})

describe('formatEta', () => {
  it('is empty while unknown', () => {
    expect(formatEta(null)).toBe('')
    expect(formatEta(-5)).toBe('')
  })

  it('rounds to what a person cares about', () => {
    expect(formatEta(20_000)).toBe('under a minute')
    expect(formatEta(150_000)).toBe('about 3 min')
    expect(formatEta(3 * 3_600_000)).toBe('about 3 h')
  })
})

describe('formatPercent and formatMoney', () => {
  it('clamp and join', () => {
    expect(formatPercent(0.873)).toBe('87%')
    expect(formatPercent(1.2)).toBe('100%')
    expect(formatMoney('12.50', 'EUR')).toBe('12.50 EUR')
    expect(formatMoney(null, 'EUR')).toBe('')
  })
})

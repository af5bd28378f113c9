import { describe, expect, it } from 'vitest'
import { barWidth, duration, percent } from './metricsModel'

describe('metrics formatting', () => {
  it('shows shares as percentages with one decimal, and nothing to divide as a dash', () => {
    expect(percent(0.2)).toBe('20%')
    expect(percent(0.12345)).toBe('12.3%')
    expect(percent(null)).toBe('–')
  })

  it('shows durations in the largest sensible units', () => {
    expect(duration(null)).toBe('–')
    expect(duration(44.6)).toBe('45 s')
    expect(duration(185)).toBe('3 min 5 s')
    expect(duration(120)).toBe('2 min')
    expect(duration(7800)).toBe('2 h 10 min')
  })

  it('scales bars to the largest value and clamps them', () => {
    expect(barWidth(5, 10)).toBe(50)
    expect(barWidth(20, 10)).toBe(100)
    expect(barWidth(null, 10)).toBe(0)
    expect(barWidth(3, 0)).toBe(0)
  })
})

import { describe, expect, it } from 'vitest'
import { boundsSql, timeBounds } from './auditRange'

describe('timeBounds', () => {
  it('reads days as whole UTC days, both included', () => {
    expect(timeBounds('2025-02-28', '2025-02-28')).toEqual({
      from: '2025-02-28T00:00:00.000Z',
      to: '2025-03-01T00:00:00.000Z',
    })
    expect(timeBounds(undefined, '2024-12-31').to).toBe('2025-01-01T00:00:00.000Z')
  })

  it('normalises instants with an offset to UTC, so they compare as stored text', () => {
    expect(timeBounds('2025-03-01T00:00:00+01:00')).toEqual({ from: '2025-02-28T23:00:00.000Z', to: null })
    expect(() => timeBounds('yesterday')).toThrow(/not a date/)
  })

  it('makes SQL only for the bounds given', () => {
    expect(boundsSql('e.at', { from: null, to: null })).toEqual({ clauses: [], params: {} })
    expect(boundsSql('e.at', { from: 'a', to: 'b' })).toEqual({
      clauses: ['e.at >= @from', 'e.at < @to'],
      params: { from: 'a', to: 'b' },
    })
  })
})

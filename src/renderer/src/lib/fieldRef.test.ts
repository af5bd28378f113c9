import { describe, expect, it } from 'vitest'
import { fieldId, parseFieldId, sameField } from './fieldRef'

describe('fieldRef', () => {
  it('round-trips through its id', () => {
    expect(parseFieldId(fieldId({ key: 'total_amount', line: 0 }))).toEqual({
      key: 'total_amount',
      line: 0,
    })
    expect(parseFieldId('unit_price:3')).toEqual({ key: 'unit_price', line: 3 })
  })

  it('refuses ids that name no field of that kind', () => {
    expect(parseFieldId('unit_price:0')).toBeNull()
    expect(parseFieldId('total_amount:2')).toBeNull()
    expect(parseFieldId('nonsense')).toBeNull()
  })

  it('compares by key and line', () => {
    expect(sameField({ key: 'amount', line: 1 }, { key: 'amount', line: 1 })).toBe(true)
    expect(sameField({ key: 'amount', line: 1 }, { key: 'amount', line: 2 })).toBe(false)
    expect(sameField(null, { key: 'amount', line: 2 })).toBe(false)
  })
})

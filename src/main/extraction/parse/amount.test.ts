import { describe, expect, it } from 'vitest'
import { findAmounts, parseNumber } from './amount'

const values = (text: string): string[] => findAmounts(text).map((a) => a.value)

describe('parseNumber', () => {
  it('reads comma and dot decimals with any thousands separator', () => {
    expect(parseNumber('1.234,50')?.value).toBe('1234.50')
    expect(parseNumber('1,234.50')?.value).toBe('1234.50')
    expect(parseNumber("1'234.50")?.value).toBe('1234.50')
    expect(parseNumber('1 234,50')?.value).toBe('1234.50')
    expect(parseNumber('4.11')?.value).toBe('4.11')
    expect(parseNumber('3,3333')?.value).toBe('3.3333')
  })
  it('reads a lone group of three digits as thousands', () => {
    expect(parseNumber('1.000')?.value).toBe('1000.00')
    expect(parseNumber('1,939')?.value).toBe('1939.00')
  })
})

describe('findAmounts', () => {
  it('finds amounts with symbols and codes on either side', () => {
    const [a] = findAmounts('Total TTC : 56,02 €')
    expect(a?.value).toBe('56.02')
    expect(a?.currency).toBe('EUR')
    expect(findAmounts('Invoice Total: USD 47.90')[0]?.currency).toBe('USD')
    expect(findAmounts('Grand Total Rs 1939')[0]?.currency).toBe('INR')
  })
  it('reads negatives and bracketed amounts', () => {
    expect(values('Payment Received: -USD 47.90')).toEqual(['-47.90'])
    expect(values('Payments ($144.00)')).toEqual(['-144.00'])
    expect(values('€ -9,32')).toEqual(['-9.32'])
  })
  it('skips percentages, dates, times and codes', () => {
    expect(values('zzgl. 19,0% MwSt. aus 100,00 € 19,00 €')).toEqual(['100.00', '19.00'])
    expect(values('bis 04.04.2020, 3% Skonto')).toEqual([])
    expect(values('18-11-18 13:50')).toEqual([])
    expect(values('INV/2023/03/0008')).toEqual([])
  })
  it('keeps separate numbers apart when spaces separate columns', () => {
    expect(values('Total 1 278.61 40.39 319.00')).toEqual(['1.00', '278.61', '40.39', '319.00'])
  })
})

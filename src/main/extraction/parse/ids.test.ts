import { describe, expect, it } from 'vitest'
import { findVatIds, vatFormatStatus } from '../../validation/vatFormats'
import { findIbans } from './iban'
import { readId } from './id'

describe('readId', () => {
  it('skips fillers and a leading # or n°', () => {
    expect(readId(['#', 'BLR_WFLD20151000982590'])?.value).toBe('BLR_WFLD20151000982590')
    expect(readId(['—', '3189846'])?.value).toBe('3189846')
    expect(readId(['n°562044387', 'du'])?.value).toBe('562044387')
    expect(readId(['INV/2023/03/0008'])?.value).toBe('INV/2023/03/0008')
  })
  it('refuses words without digits', () => {
    expect(readId(['Dublin', '2'])).toBeNull()
  })
})

describe('VAT ids and IBANs', () => {
  it('finds VAT ids printed with spaces', () => {
    expect(findVatIds('UStId DE 232 446 240 SWIFT')[0]?.value).toBe('DE232446240')
    expect(findVatIds('BTW NL810433941B01')[0]?.value).toBe('NL810433941B01')
  })
  it('checks formats per country', () => {
    expect(vatFormatStatus('ATU12345678')).toBe('valid')
    expect(vatFormatStatus('DE12345678')).toBe('invalid')
    expect(vatFormatStatus('CHE-123.456.789 MWST')).toBe('valid')
    expect(vatFormatStatus('XX123')).toBe('unknown')
  })
  it('keeps only checksum-valid IBANs, with or without grouping', () => {
    expect(findIbans('IBAN: DE33 3705 0198 1933 6229 44')[0]?.value).toBe('DE33370501981933622944')
    expect(findIbans('IBAN NL50INGB0683251309 BIC')[0]?.value).toBe('NL50INGB0683251309')
    expect(findIbans('IBAN DE00370501981933622944')).toEqual([])
  })
})

import { describe, expect, it } from 'vitest'
import { matchValue, nameKey } from './match'

describe('matchValue', () => {
  it('compares amounts and dates by value', () => {
    expect(matchValue('total_amount', '4.110', '4.11')).toBe(true)
    expect(matchValue('total_amount', '4.12', '4.11')).toBe(false)
    expect(matchValue('quantity', '20.0000', '20')).toBe(true)
    expect(matchValue('invoice_date', '2014-08-03', '2014-08-03')).toBe(true)
  })
  it('compares ids without case, spaces, #, -, / and .', () => {
    expect(matchValue('invoice_id', 'BLR_WFLD20151000982590', '#BLR_WFLD20151000982590')).toBe(true)
    expect(matchValue('invoice_id', 'inv-2023/03.0008', 'INV2023030008')).toBe(true)
    expect(matchValue('supplier_iban', 'DE33 3705 0198', 'DE3337050198')).toBe(true)
  })
  it('folds names, drops legal forms and accepts containment', () => {
    expect(matchValue('supplier_name', 'Coolblue B.V.', 'Coolblue')).toBe(true)
    expect(matchValue('supplier_name', 'Amazon Web Services, Inc.', 'Amazon Web Services')).toBe(true)
    expect(matchValue('supplier_name', 'Sammy Maystone', 'Sammy Maystone - For Lines testing')).toBe(true)
    expect(matchValue('supplier_name', 'Free SAS', 'Free')).toBe(true)
    expect(matchValue('supplier_name', 'Amazon', 'Azure Interior')).toBe(false)
  })
  it('contains on whole words only', () => {
    expect(matchValue('supplier_name', 'a', 'Amazon')).toBe(false)
    expect(nameKey('MR D.I.Y. (M) SDN BHD')).toBe('mr diy m')
  })
})

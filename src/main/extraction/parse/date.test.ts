import { describe, expect, it } from 'vitest'
import { findDates, showsMonthFirst } from './date'

const first = (text: string, monthFirst = false): string | undefined =>
  findDates(text, monthFirst)[0]?.value

describe('findDates', () => {
  it('reads numeric dates in day-first order by default', () => {
    expect(first('Date : 28/11/2022')).toBe('2022-11-28')
    expect(first('8-9-2022')).toBe('2022-09-08')
    expect(first('Zahlungsziel 21.05.14')).toBe('2014-05-21')
    expect(first('2023-11-13')).toBe('2023-11-13')
  })
  it('uses the document habit for ambiguous numeric dates', () => {
    expect(first('04/03/2023', true)).toBe('2023-04-03')
    expect(first('03/20/2023')).toBe('2023-03-20')
    expect(showsMonthFirst('03/20/2023 04/04/2023')).toBeGreaterThan(0)
  })
  it('reads month names in six languages', () => {
    expect(first('Invoice Date: August 3 , 2014')).toBe('2014-08-03')
    expect(first('Rechnungsdatum 7. Mai 2014')).toBe('2014-05-07')
    expect(first('du 02 Juillet 2015')).toBe('2015-07-02')
    expect(first('Factuurdatum: 29 maart 2014')).toBe('2014-03-29')
    expect(first('15 de enero de 2021')).toBe('2021-01-15')
    expect(first('3 dicembre 2020')).toBe('2020-12-03')
    expect(first('Sep 13, 2022')).toBe('2022-09-13')
    expect(first('13 Sep, 2022 06:04')).toBe('2022-09-13')
    expect(first('1er février 2021')).toBe('2021-02-01')
  })
  it('takes OCR spacing only when it is even, so item codes are not dates', () => {
    expect(first('12 / 01 / 19 21:13')).toBe('2019-01-12')
    expect(first('HC03-7 - 15')).toBeUndefined()
  })
  it('rejects impossible dates', () => {
    expect(first('31/02/2020')).toBeUndefined()
  })
})

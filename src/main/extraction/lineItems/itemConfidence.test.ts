import { describe, expect, it } from 'vitest'
import type { ExtractedField, LineItem } from '../../../shared/fields'
import { settleItemConfidence } from './itemConfidence'

const cell = (value: string, confidence = 0.7, source: ExtractedField['source'] = 'text-layer'): ExtractedField => ({
  value,
  raw: value,
  confidence,
  page: 1,
  bbox: [0, 0, 10, 10],
  source,
})
const row = (q: string, p: string, a: string): LineItem => ({
  description: cell('Widget'),
  quantity: cell(q),
  unit_price: cell(p),
  amount: cell(a),
})

describe('settleItemConfidence', () => {
  it('trusts every cell of a table whose amounts add up to the net', () => {
    const items = settleItemConfidence([row('2', '9.90', '19.80'), row('1', '5.20', '5.20')], '25.00')
    for (const item of items) {
      expect(item.amount?.confidence).toBeGreaterThanOrEqual(0.95)
      expect(item.description?.confidence).toBeGreaterThanOrEqual(0.8)
    }
  })

  it('vouches for a row whose quantity times price is its amount, but not for its amount alone', () => {
    // the table misses a row: 19.80 + 5.20 is not the net
    const [good, bad] = settleItemConfidence([row('2', '9.90', '19.80'), row('3', '3.33', '10.00')], '99.00')
    expect(good?.quantity?.confidence).toBe(0.9)
    expect(good?.amount?.confidence).toBe(0.7)
    expect(bad?.unit_price?.confidence).toBe(0.7)
    expect(good?.description?.confidence).toBe(0.7)
  })

  it('scales with the OCR confidence the cell started from', () => {
    const [item] = settleItemConfidence([row('1', '5.00', '5.00')].map((r) => ({ ...r, amount: cell('5.00', 0.35, 'ocr') })), '5.00')
    expect(item?.amount?.confidence).toBeCloseTo(0.485, 3)
  })

  it('leaves e-invoice items alone', () => {
    const xml = { amount: cell('5.00', 1, 'e-invoice'), description: cell('Widget', 1, 'e-invoice') }
    expect(settleItemConfidence([xml], '7.00')).toEqual([xml])
  })
})

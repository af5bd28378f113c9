import { describe, expect, it } from 'vitest'
import type { ExtractedField, LineItem } from '../../shared/fields'
import { descriptionKey, descriptionSimilarity, scoreItems, tallyItems } from './itemMatch'

const f = (value: string): ExtractedField => ({
  value,
  raw: value,
  confidence: 0.7,
  page: 1,
  bbox: null,
  source: 'text-layer',
})
const item = (cells: Record<string, string>): LineItem =>
  Object.fromEntries(Object.entries(cells).map(([k, v]) => [k, f(v)]))

const TRUTH = [
  { description: 'Trennblätter A4', quantity: '20.0000', unit_price: '9.9000', amount: '198.00' },
  { description: 'Joghurt Banane', quantity: '50.0000', unit_price: '5.5000', amount: '275.00' },
]

describe('line-item matching', () => {
  it('compares descriptions word for word, folding case, accents, punctuation and line breaks', () => {
    expect(descriptionKey('GTIN: 4012345001235\nUnsere Art.-Nr.: TB100A4')).toBe(
      descriptionKey('GTIN 4012345001235 Unsere Art.-Nr.: TB100A4'),
    )
    expect(descriptionKey('Trennblätter A4')).toBe('trennblatter a4')
    expect(descriptionSimilarity('Trennblätter', 'Trennblätter A4')).toBeCloseTo(2 / 3)
  })

  it('pairs items by amount and description whatever their order, and scores each truth cell', () => {
    const predicted = [
      item({ description: 'Joghurt', quantity: '50', unit_price: '5.50', amount: '275.00' }),
      item({ description: 'Trennblätter A4', quantity: '20.00', unit_price: '9.9', amount: '198.00' }),
    ]
    const score = scoreItems(predicted, TRUTH)
    expect(score.matched).toBe(2)
    const wrong = score.cells.filter((c) => !c.right)
    // a description cut to its first word is wrong: no containment as for names
    expect(wrong).toEqual([{ key: 'description', truth: 'Joghurt Banane', predicted: 'Joghurt', right: false }])
  })

  it('counts a missed item as all its cells wrong and an item matching nothing as extra', () => {
    const predicted = [
      item({ description: 'Trennblätter A4', amount: '198.00' }),
      item({ description: 'Zwischensumme', amount: '473.00' }),
    ]
    const score = scoreItems(predicted, TRUTH)
    expect(score).toMatchObject({ truthItems: 2, predictedItems: 2, matched: 1 })
    expect(score.cells.filter((c) => c.right).map((c) => c.key)).toEqual(['description', 'amount'])
    const tally = tallyItems([score, scoreItems([], TRUTH)])
    expect(tally).toMatchObject({ documents: 2, truthItems: 4, predictedItems: 2, matchedItems: 1 })
    expect(tally.cells).toEqual({ scored: 16, right: 2, accuracy: 2 / 16 })
    expect(tally.perCell.quantity).toEqual({ scored: 4, right: 0, accuracy: 0 })
  })

  it('takes two equal amounts apart by their descriptions', () => {
    const truth = [
      { description: 'Stahlcoil', amount: '1000' },
      { description: 'Stoßfänger', amount: '1000' },
    ]
    const predicted = [item({ description: 'Stoßfänger', amount: '1000.00' }), item({ description: 'Stahlcoil', amount: '1000.00' })]
    expect(scoreItems(predicted, truth).cells.every((c) => c.right)).toBe(true)
  })

  it('needs an equal amount or half the words in common to pair at all', () => {
    const score = scoreItems([item({ description: 'Pfand', amount: '55.46' })], [{ description: 'Mineralwasser', amount: '109.80' }])
    expect(score.matched).toBe(0)
  })
})

import { describe, expect, it } from 'vitest'
import type { BBox } from '../../../../../shared/fields'
import type { Word } from '../../../../../shared/words'
import { joinWords, readingOrder, wordAt, wordsInBox } from './selectWords'

const word = (text: string, bbox: BBox): Word => ({ text, bbox, confidence: 1, source: 'ocr' })

const total = word('Total', [10, 100, 40, 110])
const amount = word('1,234.50', [50, 101, 90, 111])
const eur = word('EUR', [95, 99, 115, 109])
const below = word('Thanks', [10, 130, 50, 140])

describe('wordsInBox', () => {
  it('keeps words whose centre is inside, in reading order', () => {
    const picked = wordsInBox([below, eur, amount, total], [0, 90, 120, 115])
    expect(picked.map((w) => w.text)).toEqual(['Total', '1,234.50', 'EUR'])
  })
})

describe('readingOrder', () => {
  it('puts a lower line after an upper one even when it starts further left', () => {
    expect(readingOrder([below, amount]).map((w) => w.text)).toEqual(['1,234.50', 'Thanks'])
  })
})

describe('wordAt', () => {
  it('finds the word under a point', () => {
    expect(wordAt([total, amount], { x: 60, y: 105 })).toBe(amount)
    expect(wordAt([total, amount], { x: 45, y: 105 })).toBeNull()
  })
})

describe('joinWords', () => {
  it('joins text with spaces and unites the boxes', () => {
    expect(joinWords([amount, eur])).toEqual({ text: '1,234.50 EUR', bbox: [50, 99, 115, 111] })
    expect(joinWords([])).toBeNull()
  })
})

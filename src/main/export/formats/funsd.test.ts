import { describe, expect, it } from 'vitest'
import type { ExportDocument, ExportField } from '../types'
import { rememberedLabelTest, toFunsdPages } from './funsd'

const word = (text: string, bbox: [number, number, number, number]) => ({ text, bbox, confidence: 1, source: 'text-layer' as const })
const field = (key: string, raw: string, bbox: [number, number, number, number]): ExportField => ({
  key, line: 0, value: raw, raw, page: 1, bbox, source: 'text-layer', status: 'accepted', confidence: 1,
  extractedValue: raw, extractedConfidence: 0.9, modelVersion: 'm1',
})

const doc: ExportDocument = {
  id: 1, key: 'abcd', sha256: 'ab'.repeat(32), fileName: 'a.pdf', mime: 'application/pdf', storedName: 'a.pdf',
  status: 'validated', createdAt: '2025-01-01T00:00:00.000Z', modelVersion: 'm1', split: 'train',
  pages: [{
    page: 1, width: 300, height: 100, rotation: 0, source: 'text-layer',
    words: [
      word('Invoice', [10, 10, 40, 20]), word('number', [42, 10, 70, 20]), word('A-1', [90, 10, 110, 20]),
      word('Amount', [10, 40, 40, 50]), word('due', [42, 40, 55, 50]), word('9,50', [90, 40, 110, 50]),
      word('Reference', [10, 70, 50, 80]), word('R-7', [90, 70, 110, 80]),
    ],
  }],
  fields: [field('invoice_id', 'A-1', [89, 9, 111, 21]), field('total_amount', '9,50', [89, 39, 111, 51]), field('purchase_order', 'R-7', [89, 69, 111, 81])],
  edits: [],
  redactions: [],
}

describe('FUNSD labels', () => {
  it('takes the lexicon labels left of a field as its question, and nothing that is no label', () => {
    const form = toFunsdPages(doc, new Map())[0]!.json.form
    const questionOf = (fieldName: string) => {
      const answer = form.find((e) => e.field === fieldName)!
      return form.find((e) => e.label === 'question' && e.linking.some(([q, a]) => a === answer.id && q === e.id))?.text
    }
    expect(questionOf('invoice_id')).toBe('Invoice number')
    expect(questionOf('total_amount')).toBe('Amount due')
    expect(questionOf('purchase_order')).toBeUndefined()
  })

  it('gives the same pages with the remembered lexicon test, also once it has forgotten', () => {
    const remembered = rememberedLabelTest(2)
    for (let i = 0; i < 3; i++) expect(toFunsdPages(doc, new Map(), remembered)).toEqual(toFunsdPages(doc, new Map()))
    expect(remembered('Invoice number', 'invoice_id')).toBe(true)
    expect(remembered('Invoice number', 'total_amount')).toBe(false)
    expect(remembered('Reference', 'purchase_order')).toBe(false)
  })
})

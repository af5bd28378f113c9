import { describe, expect, it } from 'vitest'
import type { BBox } from '../../shared/fields'
import type { PageWords, Word } from '../../shared/words'
import { applyMemory, memoryConfidence } from './apply'
import { locateValue } from './locate'
import { mergeLearned } from './merge'
import type { MemoryEntry } from './types'
import type { Extraction } from '../../shared/fields'

/** A page from lines of [x, y, text]: each word 6 pt per character wide, 9 pt high. */
function page(words: [number, number, string][]): PageWords {
  return {
    page: 1,
    width: 595,
    height: 842,
    rotation: 0,
    source: 'text-layer',
    words: words.map(([x, y, text]): Word => ({
      text,
      bbox: [x, y, x + text.length * 6, y + 9] as BBox,
      confidence: 1,
      source: 'text-layer',
    })),
  }
}

/** One supplier's template, shifted by (dx, dy) and with its totals block moved by `rows` rows. */
function invoice(dx: number, dy: number, rows: number, v: { id: string; total: string; customer: string }): PageWords {
  const t = 300 + rows * 18 + dy
  return page([
    [300 + dx, 40 + dy, 'Ploegsma'], [360 + dx, 40 + dy, 'Logistiek'],
    [40 + dx, 120 + dy, 'FACTUUR'], [300 + dx, 120 + dy, 'Factuurnummer'], [420 + dx, 120 + dy, v.id],
    [40 + dx, 140 + dy, v.customer], [300 + dx, 140 + dy, 'Factuurdatum'], [420 + dx, 140 + dy, '11-01-2025'],
    [300 + dx, t, 'Totaal'], [345 + dx, t, 'incl.'], [380 + dx, t, 'BTW'],
    [290 + dx, t + 18, 'EUR'], [390 + dx, t + 18, '€'], [400 + dx, t + 18, v.total],
  ])
}

function entry(layout: ReturnType<typeof locateValue>, field: MemoryEntry['field'], lastValue: string, hits = 0, misses = 0): MemoryEntry {
  if (!layout) throw new Error('not located')
  return { ...layout, id: 1, field, lastValue, hits, misses }
}

describe('supplier memory', () => {
  const first = invoice(0, 0, 2, { id: '202500287', total: '2.428,71', customer: 'Groenhart' })

  it('remembers a value with the label words left of it or above it', () => {
    const id = locateValue([first], 'invoice_id', '202500287', null)
    expect(id).toMatchObject({ label: 'factuurnummer', relation: 'left', box: [420, 120, 474, 129] })
    const total = locateValue([first], 'total_amount', '2428.71', null)
    expect(total).toMatchObject({ label: 'totaal incl btw', relation: 'above', box: [400, 354, 448, 363] })
    expect(locateValue([first], 'total_amount', '999.00', null)).toBeNull()
  })

  it('reads the next invoice of the supplier by its labels, though the template moved', () => {
    const next = invoice(-15, 12, 5, { id: '202500301', total: '17.005,10', customer: 'Hansekai' })
    const memory = [
      entry(locateValue([first], 'invoice_id', '202500287', null), 'invoice_id', '202500287'),
      entry(locateValue([first], 'total_amount', '2428.71', null), 'total_amount', '2428.71'),
      entry(locateValue([first], 'receiver_name', 'Groenhart', null), 'receiver_name', 'Groenhart'),
    ]
    const learned = applyMemory(memory, [next])
    expect(learned.map((l) => [l.field, l.value, l.bbox])).toEqual([
      ['invoice_id', '202500301', [405, 132, 459, 141]],
      ['total_amount', '17005.10', [375, 420, 439, 429]],
      ['receiver_name', 'Hansekai', [25, 152, 73, 161]],
    ])
    expect(learned.map((l) => [l.anchored, l.confidence])).toEqual(learned.map(() => [true, 0.667]))
  })

  it('proposes nothing where the remembered place holds no value of the field', () => {
    const memory = [entry(locateValue([first], 'total_amount', '2428.71', null), 'total_amount', '2428.71')]
    const blank = page([[300, 300, 'Totaal'], [345, 300, 'incl.'], [380, 300, 'BTW'], [400, 318, 'siehe'], [440, 318, 'Anlage']])
    expect(applyMemory(memory, [blank])).toEqual([])
  })

  it('takes its confidence from how often memory was right, and yields to the rules when it is not', () => {
    expect(memoryConfidence({ hits: 0, misses: 0 })).toBeCloseTo(2 / 3)
    expect(memoryConfidence({ hits: 8, misses: 0 })).toBeGreaterThan(0.9)
    const next = invoice(5, 5, 3, { id: '202500302', total: '10,00', customer: 'Hansekai' })
    const layout = locateValue([first], 'total_amount', '2428.71', null)
    const rules: Extraction = {
      fields: { total_amount: { value: '99.00', raw: '99,00', confidence: 0.7, page: 1, bbox: null, source: 'text-layer' } },
      lineItems: [],
      checks: [],
      modelVersion: 'rules-1',
    }
    const trusted = mergeLearned(rules, applyMemory([entry(layout, 'total_amount', '2428.71', 5, 1)], [next]))
    expect(trusted.fields.total_amount).toMatchObject({ value: '10.00', source: 'learned', confidence: 0.778 })
    const discredited = mergeLearned(rules, applyMemory([entry(layout, 'total_amount', '2428.71', 1, 6)], [next]))
    expect(discredited.fields.total_amount).toMatchObject({ value: '99.00', source: 'text-layer' })
  })
})

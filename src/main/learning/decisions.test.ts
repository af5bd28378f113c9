import { describe, expect, it } from 'vitest'
import type { ConfidenceFeatures } from '../extraction/confidence'
import type { ExtractionEvidence } from '../extraction/evidence'
import type { PooledValue } from '../extraction/rank'
import { decisionsFrom } from './decisions'

const features: ConfidenceFeatures = {
  label: 1, ocr: 1, validity: 1, margin: 1, agreement: 0, isName: 0, derived: 0, scanned: 0, ocrText: 0, brandConflict: 0,
}
const pooled = (...values: string[]): PooledValue[] =>
  values.map((value) => ({ value, support: 1, candidates: [{ preset: 0, label: 1, right: 1, below: 0, gap: 0, validity: 1, ocr: 1, size: 0, top: 0.5, east: 0.5 }] }))

describe('decisions from stored evidence and the confirmed values', () => {
  const evidence: ExtractionEvidence = {
    invoice_date: { value: '2025-04-18', source: 'text-layer', confidence: features, pool: pooled('2025-04-18', '2025-03-08') },
    total_amount: { value: '119.00', source: 'e-invoice', confidence: features, pool: pooled('100.00', '119.00') },
    invoice_id: { value: 'A-1', source: 'text-layer', confidence: features, pool: pooled('A-1', 'B-2') },
    supplier_name: { value: null, source: null, pool: pooled('Brenntal Kunststoffe GmbH') },
  }

  it('marks which weighed value the clerk confirmed, or none', () => {
    const { ranking } = decisionsFrom(evidence, {
      invoice_date: '2025-03-08',
      total_amount: '119.00',
      invoice_id: 'C-3',
      supplier_name: 'Brenntal Kunststoffe GmbH',
    })
    expect(ranking.map((r) => [r.field, r.target])).toEqual([
      ['invoice_id', null],
      ['invoice_date', 1],
      ['total_amount', 1],
      ['supplier_name', 0],
    ])
  })

  it('judges the confidence model only on values it scored: read from the words, and kept or not', () => {
    const { confidence } = decisionsFrom(evidence, { invoice_date: '2025-03-08', total_amount: '119.00', invoice_id: 'A-1' })
    expect(confidence.map((c) => [c.field, c.right])).toEqual([
      ['invoice_id', true],
      ['invoice_date', false],
    ])
  })

  it('counts a field the clerk emptied as one none of the weighed values was right for', () => {
    const { ranking, confidence } = decisionsFrom({ invoice_id: evidence.invoice_id }, {})
    expect(ranking).toEqual([{ field: 'invoice_id', pool: evidence.invoice_id?.pool, target: null }])
    expect(confidence).toEqual([])
  })
})

import { describe, expect, it } from 'vitest'
import type { Extraction, ExtractedField } from '../../shared/fields'
import { formatEvalReport } from './format'
import { calibration, groupOf, kindOf, scoreDocuments } from './score'

const f = (value: string, confidence: number): ExtractedField => ({
  value,
  raw: value,
  confidence,
  page: 1,
  bbox: null,
  source: 'text-layer',
})
const extraction = (fields: Extraction['fields']): Extraction => ({
  fields,
  lineItems: [],
  checks: [],
  modelVersion: 't',
})

describe('scoreDocuments', () => {
  it('counts missing fields wrong and flagged, and reports groups and review load', () => {
    const report = scoreDocuments([
      {
        path: 'invoice2data/a.pdf',
        truth: { fields: { total_amount: '10.00', invoice_id: 'A1' } },
        extraction: extraction({ total_amount: f('10.0', 0.9) }),
        needsReview: () => false,
      },
      {
        path: 'sroie/1.jpg',
        truth: { fields: { total_amount: '5.00' } },
        extraction: extraction({ total_amount: f('6.00', 0.5) }),
        needsReview: () => true,
      },
    ])
    expect(report.overall).toEqual({ scored: 3, right: 1, accuracy: 1 / 3 })
    expect(report.wrong).toBe(2)
    expect(report.wrongFlaggedShare).toBe(1)
    expect(report.reviewLoad).toBeCloseTo(2 / 3)
    expect(report.perGroup['invoice2data-pdf']?.scored).toBe(2)
    expect(report.perKind['scan/image']?.accuracy).toBe(0)
    expect(formatEvalReport(report)).toContain('review load')
  })
  it('scores line items as returned and, for e-invoices, as read from the page', () => {
    const truthItems = [{ description: 'Pfand', quantity: '20', unit_price: '2.77', amount: '55.40' }]
    const fromXml = { ...f('55.40', 1), source: 'e-invoice' as const }
    const report = scoreDocuments([
      {
        path: 'zugferd/a.pdf',
        truth: { fields: {}, line_items: truthItems },
        extraction: {
          ...extraction({}),
          lineItems: [{ description: { ...fromXml, value: 'Pfand' }, quantity: { ...fromXml, value: '20' }, unit_price: { ...fromXml, value: '2.77' }, amount: fromXml }],
        },
        pageLineItems: [{ description: f('4 Pfand', 0.7), amount: f('55.40', 0.7) }],
        needsReview: () => false,
      },
      { path: 'parsee/b.pdf', truth: { fields: {} }, extraction: extraction({}), needsReview: () => false },
    ])
    expect(report.lineItems.final.cells).toEqual({ scored: 4, right: 4, accuracy: 1 })
    expect(report.lineItems.fromPage.cells).toEqual({ scored: 4, right: 1, accuracy: 0.25 })
    expect(report.lineItems.documents.map((d) => d.path)).toEqual(['zugferd/a.pdf'])
    expect(formatEvalReport(report)).toContain('from the page: 1 / 1 found, 0 extra')
  })
  it('groups paths by folder and kind', () => {
    expect(groupOf('invoice2data/x.png')).toBe('invoice2data-png')
    expect(groupOf('zugferd/x.pdf')).toBe('zugferd')
    expect(kindOf('sroie/000.jpg')).toBe('scan/image')
  })
  it('computes expected calibration error over 10 bins', () => {
    const { ece, bins } = calibration([
      { confidence: 0.95, right: true },
      { confidence: 0.95, right: false },
    ])
    expect(bins).toHaveLength(10)
    expect(ece).toBeCloseTo(0.45)
  })
})

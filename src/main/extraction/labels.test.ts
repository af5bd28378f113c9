import { describe, expect, it } from 'vitest'
import { findLabels } from './labels'
import { fold } from './text'

const fields = (text: string): string[] => findLabels(fold(text)).map((h) => h.def.field)

describe('findLabels', () => {
  it('recognises labels in six languages', () => {
    expect(fields('Rechnungsnr. 30064443')).toContain('invoice_id')
    expect(fields('Facture n° 2022089083')).toContain('invoice_id')
    expect(fields('Factuurnummer: 993548900')).toContain('invoice_id')
    expect(fields('Número de factura: A-1')).toContain('invoice_id')
    expect(fields('Total TTC : 56,02 €')).toEqual(['total_amount'])
    expect(fields('Échéance 05/07/2015')).toContain('due_date')
    expect(fields('Vervaldatum')).toContain('due_date')
  })
  it('lets a longer label hide a shorter one inside it', () => {
    expect(fields('Total HT : 46,68 €')).toEqual(['net_amount'])
  })
  it('ignores label words in brackets', () => {
    expect(fields('Zwischensumme (zzgl. MwSt.) 100,00 €')).toEqual(['net_amount'])
  })
  it('finds no label across a column gap, but the label that starts inside it', () => {
    const text = fold('Date Due Date')
    expect(fields('Date Due Date').slice(0, 1)).toEqual(['due_date'])
    const hits = findLabels(text, [text.indexOf(' ')])
    expect(hits.map((h) => [h.def.field, text.slice(h.start, h.end).trim()])).toEqual([
      ['invoice_date', 'date'],
      ['due_date', 'due date'],
    ])
  })
})

import { describe, expect, it } from 'vitest'
import type { Extraction, ExtractedField, LineItem } from '../../shared/fields'
import { validate } from '.'
import { needsReview } from './needsReview'

const f = (value: string, confidence = 0.95): ExtractedField => ({
  value,
  raw: value,
  confidence,
  page: 1,
  bbox: null,
  source: 'text-layer',
})
const doc = (fields: Extraction['fields'], lineItems: LineItem[] = []): Extraction => ({
  fields,
  lineItems,
  checks: [],
  modelVersion: 't',
})
const check = (e: Extraction, id: string) => validate(e, { today: new Date('2024-01-01') }).find((c) => c.id === id)

describe('validate', () => {
  it('checks net + tax = total to the cent', () => {
    const ok = doc({ net_amount: f('100.00'), total_tax_amount: f('19.00'), total_amount: f('119.00') })
    expect(check(ok, 'totals-add-up')?.ok).toBe(true)
    const bad = doc({ net_amount: f('100.00'), total_tax_amount: f('19.00'), total_amount: f('119.01') })
    expect(check(bad, 'totals-add-up')).toMatchObject({ ok: false, fields: ['net_amount', 'total_tax_amount', 'total_amount'] })
  })
  it('checks line items against the net and the tax rates', () => {
    const items: LineItem[] = [
      { amount: f('198.00'), tax_rate: f('19.00') },
      { amount: f('275.00'), tax_rate: f('7.00') },
    ]
    const e = doc({ net_amount: f('473.00'), total_tax_amount: f('56.87') }, items)
    expect(check(e, 'lines-add-up')?.ok).toBe(true)
    expect(check(e, 'tax-matches-rates')?.ok).toBe(true)
    expect(check(doc({ net_amount: f('400.00') }, items), 'lines-add-up')?.ok).toBe(false)
    const loose: LineItem[] = [{ amount: f('1.00', 0.5) }]
    expect(check(doc({ net_amount: f('400.00') }, loose), 'lines-add-up')).toBeUndefined()
  })
  it('checks dates', () => {
    expect(check(doc({ invoice_date: f('2020-03-05'), due_date: f('2020-03-01') }), 'due-after-issue')?.ok).toBe(false)
    expect(check(doc({ invoice_date: f('1989-12-31') }), 'dates-plausible')?.ok).toBe(false)
    expect(check(doc({ invoice_date: f('2031-01-01') }), 'dates-plausible')?.ok).toBe(false)
    expect(check(doc({ invoice_date: f('2023-06-01') }), 'dates-plausible')?.ok).toBe(true)
  })
  it('checks IBAN checksums and VAT id formats', () => {
    expect(check(doc({ supplier_iban: f('NL50INGB0683251309') }), 'iban-checksum')?.ok).toBe(true)
    expect(check(doc({ supplier_iban: f('NL51INGB0683251309') }), 'iban-checksum')?.ok).toBe(false)
    expect(check(doc({ supplier_tax_id: f('NL810433941B01') }), 'vat-id-format')?.ok).toBe(true)
    expect(check(doc({ supplier_tax_id: f('DE12345') }), 'vat-id-format')?.ok).toBe(false)
  })
  it('reports duplicates only when the caller says', () => {
    expect(validate(doc({})).some((c) => c.id === 'duplicate')).toBe(false)
    expect(validate(doc({}), { isDuplicate: true }).find((c) => c.id === 'duplicate')?.ok).toBe(false)
  })
})

describe('needsReview', () => {
  it('flags missing, unsure and failed-check fields', () => {
    const checks = [{ id: 'x', ok: false, message: '', fields: ['total_amount' as const] }]
    expect(needsReview(undefined, 'total_amount', [])).toBe(true)
    expect(needsReview(f('1', 0.5), 'invoice_id', [])).toBe(true)
    expect(needsReview(f('1', 0.95), 'total_amount', checks)).toBe(true)
    expect(needsReview(f('1', 0.95), 'invoice_id', checks)).toBe(false)
  })
})

import { isValidIBAN } from 'ibantools'
import { describe, expect, it } from 'vitest'
import { formatDate } from './dates'
import { isValidIban } from './ids'
import { formatMoney, formatQuantity, taxCents, toDecimal } from './money'
import { planSamples } from './plan'
import { planSupplierSequence } from './sequence'
import { DOLLAR_US, EURO_DE, EURO_FR, EURO_NL } from './suppliers/styles'
import { toJsonl, toTruth } from './truth'

const SEED = 20250403
const samples = planSamples(SEED)
const sequence = planSupplierSequence(40, SEED)

const TAX_ID_FORMAT: Record<string, RegExp> = {
  DE: /^DE\d{9}$/,
  FR: /^FR\d{11}$/,
  NL: /^NL\d{9}B\d{2}$/,
  GB: /^GB\d{9}$/,
  US: /^\d{2}-\d{7}$/,
}

describe.each([
  ['bundled samples', samples],
  ['supplier sequence', sequence],
])('%s', (_, invoices) => {
  const cases = invoices.map((invoice) => [invoice.file, invoice] as const)

  it.each(cases)('%s adds up', (_, inv) => {
    for (const line of inv.lines) {
      expect(line.amountCents * 100).toBe(line.quantity * line.unitCents)
    }
    expect(inv.lines.reduce((sum, line) => sum + line.amountCents, 0)).toBe(inv.netCents)
    expect(inv.taxCents).toBe(Math.round((inv.netCents * inv.supplier.taxRate) / 10000))
    expect(inv.netCents + inv.taxCents).toBe(inv.totalCents)
  })

  it.each(cases)('%s has valid ids', (_, inv) => {
    const { supplier } = inv
    expect(supplier.taxId).toMatch(TAX_ID_FORMAT[supplier.country] ?? /^$/)
    if (supplier.country === 'US') {
      expect(supplier.iban).toBeUndefined()
    } else {
      expect(supplier.iban).toBeDefined()
      expect(isValidIban(supplier.iban ?? '')).toBe(true)
      // An independent implementation, so a shared bug cannot pass both.
      expect(isValidIBAN(supplier.iban ?? '')).toBe(true)
    }
  })

  it('writes decimal strings and ISO dates into the truth', () => {
    for (const record of invoices.map(toTruth)) {
      const { fields } = record
      for (const key of ['net_amount', 'total_tax_amount', 'total_amount'] as const) {
        expect(fields[key]).toMatch(/^\d+\.\d{2}$/)
      }
      expect(fields.invoice_date).toMatch(/^\d{4}-\d{2}-\d{2}$/)
      expect(fields.due_date! > fields.invoice_date!).toBe(true)
      const cents = (value: string) => Math.round(Number(value) * 100)
      const itemSum = record.line_items.reduce((sum, item) => sum + cents(item.amount), 0)
      expect(itemSum).toBe(cents(fields.net_amount!))
      for (const item of record.line_items) expect(item.tax_rate).toMatch(/^\d+\.\d{2}$/)
    }
  })
})

describe('bundled samples', () => {
  it('cover the kinds, countries and sizes the brief asks for', () => {
    const kinds = samples.map((s) => s.kind)
    expect(kinds.filter((k) => k === 'text-pdf').length).toBeGreaterThanOrEqual(5)
    expect(kinds).toEqual(expect.arrayContaining(['scan-pdf', 'png', 'jpeg']))
    expect(new Set(samples.map((s) => s.supplier.country)).size).toBeGreaterThanOrEqual(4)
    expect(new Set(samples.map((s) => s.supplier.layout)).size).toBe(4)
    const small = samples.filter((s) => s.lines.length <= 6)
    for (const s of small) expect(s.lines.length).toBeGreaterThanOrEqual(2)
    // Only the two-page invoice has more rows than fit on one page.
    expect(samples.length - small.length).toBe(1)
  })

  it('are the same for the same seed and differ for another', () => {
    expect(toJsonl(planSamples(SEED).map(toTruth))).toBe(toJsonl(samples.map(toTruth)))
    expect(toJsonl(planSamples(SEED + 1).map(toTruth))).not.toBe(toJsonl(samples.map(toTruth)))
  })

  it('serialise like the shared truth manifest', () => {
    const [first] = toJsonl(samples.map(toTruth)).split('\n')
    expect(first).toMatch(/^\{"path": "01-[^"]+\.pdf", "fields": \{"invoice_id": "/)
    expect(first).toContain('"line_items": [{"description": ')
    expect(first).toMatch(/"note": "[^"]+"\}$/)
  })
})

describe('supplier sequence', () => {
  it('repeats a few suppliers with moved templates and rising numbers', () => {
    const bySupplier = new Map<string, string[]>()
    for (const inv of sequence) {
      bySupplier.set(inv.supplier.key, [...(bySupplier.get(inv.supplier.key) ?? []), inv.number])
      expect(Math.abs(inv.offset.dx)).toBeLessThanOrEqual(18)
      expect(Math.abs(inv.offset.dy)).toBeLessThanOrEqual(18)
    }
    expect(bySupplier.size).toBeGreaterThanOrEqual(3)
    for (const numbers of bySupplier.values()) expect(new Set(numbers).size).toBe(numbers.length)
    const shifts = new Set(sequence.map((inv) => `${inv.offset.dx},${inv.offset.dy}`))
    expect(shifts.size).toBeGreaterThan(10)
  })
})

describe('formatting', () => {
  it('writes money the way each country does', () => {
    expect(formatMoney(123456, EURO_DE)).toBe('1.234,56 €')
    expect(formatMoney(123456, EURO_FR)).toBe('1 234,56 €')
    expect(formatMoney(123456, EURO_NL)).toBe('€ 1.234,56')
    expect(formatMoney(123456789, DOLLAR_US)).toBe('$1,234,567.89')
    expect(formatQuantity(250, EURO_DE)).toBe('2,5')
    expect(toDecimal(5)).toBe('0.05')
  })

  it('rounds tax half up to the cent', () => {
    expect(taxCents(76500, 1900)).toBe(14535)
    expect(taxCents(50, 100)).toBe(1) // 0.5 cent
    expect(taxCents(49, 100)).toBe(0)
  })

  it('writes dates in each style', () => {
    const date = { year: 2025, month: 4, day: 3 }
    expect(formatDate(date, 'dmy-dot')).toBe('03.04.2025')
    expect(formatDate(date, 'mdy-slash')).toBe('04/03/2025')
    expect(formatDate(date, 'long-en')).toBe('3 April 2025')
    expect(formatDate({ ...date, month: 3 }, 'long-de')).toBe('3. März 2025')
    expect(formatDate({ ...date, month: 8 }, 'long-fr')).toBe('3 août 2025')
  })

  it('knows a valid IBAN from a mistyped one', () => {
    expect(isValidIban('DE89 3704 0044 0532 0130 00')).toBe(true)
    expect(isValidIban('DE89 3704 0044 0532 0130 01')).toBe(false)
    expect(isValidIban('GB82WEST12345698765432')).toBe(true)
  })
})

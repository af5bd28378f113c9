import { describe, expect, it } from 'vitest'
import { normaliseClickedText } from './normaliseClickedText'

describe('normaliseClickedText', () => {
  it('trims and collapses spaces for text', () => {
    expect(normaliseClickedText('  ACME   Trading GmbH ', 'name')).toBe('ACME Trading GmbH')
  })

  it('strips currency symbols and codes from amounts, keeping the number as printed', () => {
    expect(normaliseClickedText('€1.234,50', 'amount')).toBe('1.234,50')
    expect(normaliseClickedText('1,234.50 EUR', 'amount')).toBe('1,234.50')
    expect(normaliseClickedText('USD 99.00', 'amount')).toBe('99.00')
    expect(normaliseClickedText('$ -12.00', 'amount')).toBe('-12.00')
    expect(normaliseClickedText('Rs. 450', 'amount')).toBe('450')
    expect(normaliseClickedText('£7', 'amount')).toBe('7')
    expect(normaliseClickedText('1.234,50EUR', 'amount')).toBe('1.234,50')
  })

  it('maps a clicked currency sign to its code', () => {
    expect(normaliseClickedText('€', 'currency')).toBe('EUR')
    expect(normaliseClickedText(' usd ', 'currency')).toBe('USD')
  })

  it('closes up tax ids and IBANs', () => {
    expect(normaliseClickedText('de 123 456 789', 'tax_id')).toBe('DE123456789')
    const iban = 'DE89 3704 0044 0532 0130 00'
    expect(normaliseClickedText(iban, 'iban')).toBe('DE89370400440532013000')
  })

  it('leaves ids and dates as printed', () => {
    expect(normaliseClickedText(' INV-2024/001 ', 'id')).toBe('INV-2024/001')
    expect(normaliseClickedText('12.03.2024', 'date')).toBe('12.03.2024')
  })
})

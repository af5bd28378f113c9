import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import type { PageWords } from '../../../shared/words'
import { extractInvoice } from '..'
import { readEInvoice } from '.'

const cii = readFileSync(fileURLToPath(new URL('./fixtures/cii-en16931-einfach.xml', import.meta.url)), 'utf8')

const UBL = `<?xml version="1.0"?>
<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"
  xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2"
  xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2">
  <cbc:ID>INV-7</cbc:ID><cbc:IssueDate>2024-02-01</cbc:IssueDate><cbc:DueDate>2024-03-01</cbc:DueDate>
  <cbc:DocumentCurrencyCode>EUR</cbc:DocumentCurrencyCode>
  <cac:AccountingSupplierParty><cac:Party><cac:PartyTaxScheme><cbc:CompanyID>NL810433941B01</cbc:CompanyID></cac:PartyTaxScheme>
    <cac:PartyLegalEntity><cbc:RegistrationName>Seller B.V.</cbc:RegistrationName></cac:PartyLegalEntity></cac:Party></cac:AccountingSupplierParty>
  <cac:AccountingCustomerParty><cac:Party><cac:PartyName><cbc:Name>Buyer</cbc:Name></cac:PartyName></cac:Party></cac:AccountingCustomerParty>
  <cac:TaxTotal><cbc:TaxAmount currencyID="EUR">21.00</cbc:TaxAmount></cac:TaxTotal>
  <cac:LegalMonetaryTotal><cbc:TaxExclusiveAmount currencyID="EUR">100.00</cbc:TaxExclusiveAmount>
    <cbc:TaxInclusiveAmount currencyID="EUR">121.00</cbc:TaxInclusiveAmount></cac:LegalMonetaryTotal>
  <cac:InvoiceLine><cbc:InvoicedQuantity unitCode="C62">2</cbc:InvoicedQuantity>
    <cbc:LineExtensionAmount currencyID="EUR">100.00</cbc:LineExtensionAmount>
    <cac:Item><cbc:Name>Widget</cbc:Name></cac:Item><cac:Price><cbc:PriceAmount currencyID="EUR">50</cbc:PriceAmount></cac:Price>
  </cac:InvoiceLine>
</Invoice>`

describe('e-invoices', () => {
  it('reads a Factur-X / ZUGFeRD CII invoice', () => {
    const data = readEInvoice(cii)
    expect(data?.fields).toMatchObject({
      invoice_id: '471102',
      invoice_date: '2018-03-05',
      supplier_name: 'Lieferant GmbH',
      supplier_tax_id: 'DE123456789',
      receiver_name: 'Kunden AG Mitte',
      currency: 'EUR',
      net_amount: '473.00',
      total_tax_amount: '56.87',
      total_amount: '529.87',
    })
    expect(data?.lineItems[0]).toMatchObject({ description: 'Trennblätter A4', quantity: '20.0000', amount: '198.00' })
  })
  it('reads a UBL invoice', () => {
    expect(readEInvoice(UBL)?.fields).toMatchObject({
      invoice_id: 'INV-7',
      due_date: '2024-03-01',
      supplier_name: 'Seller B.V.',
      net_amount: '100.00',
      total_amount: '121.00',
    })
  })
  it('returns XML values with confidence 1 located on the page words', () => {
    const pages: PageWords[] = [
      {
        page: 1,
        width: 600,
        height: 800,
        rotation: 0,
        source: 'text-layer',
        words: [
          { text: 'Bruttosumme', bbox: [300, 400, 360, 410], confidence: 1, source: 'text-layer' },
          { text: '529,87', bbox: [400, 400, 430, 410], confidence: 1, source: 'text-layer' },
        ],
      },
    ]
    const out = extractInvoice(pages, { eInvoiceXml: cii })
    expect(out.fields.total_amount).toMatchObject({ value: '529.87', confidence: 1, source: 'e-invoice', page: 1, bbox: [400, 400, 430, 410] })
    expect(out.fields.invoice_id?.bbox).toBeNull()
  })
  it('ignores XML that is no invoice', () => {
    expect(readEInvoice('<foo/>')).toBeNull()
  })
})

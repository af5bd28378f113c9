import { all, attr, text, textOf } from './xml'
import type { EInvoiceData } from './types'
import { decimal, money } from './normalise'

const SELLER = ['AccountingSupplierParty', 'Party']
const BUYER = ['AccountingCustomerParty', 'Party']

/** OASIS UBL 2.x Invoice (Peppol BIS, XRechnung UBL) to canonical fields. */
export function readUbl(root: unknown): EInvoiceData {
  const inv = all(root, ['Invoice'])[0]
  const currency = text(inv, ['DocumentCurrencyCode'])
  const taxes = all(inv, ['TaxTotal', 'TaxAmount'])
  const tax =
    taxes.find((n) => !attr(n, 'currencyID') || attr(n, 'currencyID') === currency) ?? taxes[0]
  const partyName = (path: string[]): string | undefined =>
    text(inv, [...path, 'PartyLegalEntity', 'RegistrationName']) ??
    text(inv, [...path, 'PartyName', 'Name'])
  const fields: EInvoiceData['fields'] = {
    invoice_id: text(inv, ['ID']),
    invoice_date: text(inv, ['IssueDate']),
    due_date: text(inv, ['DueDate']) ?? text(inv, ['PaymentMeans', 'PaymentDueDate']),
    currency,
    net_amount: money(text(inv, ['LegalMonetaryTotal', 'TaxExclusiveAmount'])),
    total_tax_amount: money(textOf(tax)),
    total_amount: money(text(inv, ['LegalMonetaryTotal', 'TaxInclusiveAmount'])),
    supplier_name: partyName(SELLER),
    supplier_tax_id: text(inv, [...SELLER, 'PartyTaxScheme', 'CompanyID'])?.replace(/\s/g, '').toUpperCase(),
    supplier_iban: text(inv, ['PaymentMeans', 'PayeeFinancialAccount', 'ID'])?.replace(/\s/g, '').toUpperCase(),
    receiver_name: partyName(BUYER),
    purchase_order: text(inv, ['OrderReference', 'ID']),
    payment_terms: text(inv, ['PaymentTerms', 'Note']),
  }
  const lineItems = all(inv, ['InvoiceLine']).map((line) => ({
    description: text(line, ['Item', 'Name']) ?? text(line, ['Item', 'Description']),
    product_code: text(line, ['Item', 'SellersItemIdentification', 'ID']),
    quantity: decimal(text(line, ['InvoicedQuantity']), 0),
    unit_price: decimal(text(line, ['Price', 'PriceAmount']), 0),
    amount: decimal(text(line, ['LineExtensionAmount']), 0),
    tax_rate: decimal(text(line, ['Item', 'ClassifiedTaxCategory', 'Percent'])),
  }))
  return { fields, lineItems }
}

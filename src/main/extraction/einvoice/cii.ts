import { all, attr, text, textOf } from './xml'
import type { EInvoiceData } from './types'
import { decimal, isoFromCompact, money } from './normalise'

const TX = ['SupplyChainTradeTransaction']
const AGREEMENT = [...TX, 'ApplicableHeaderTradeAgreement']
const SETTLEMENT = [...TX, 'ApplicableHeaderTradeSettlement']
const TOTALS = [...SETTLEMENT, 'SpecifiedTradeSettlementHeaderMonetarySummation']

/** Factur-X / ZUGFeRD (UN/CEFACT Cross Industry Invoice) to canonical fields. */
export function readCii(root: unknown): EInvoiceData {
  const inv = all(root, ['CrossIndustryInvoice'])[0]
  const seller = all(inv, [...AGREEMENT, 'SellerTradeParty'])[0]
  const sellerVat = all(seller, ['SpecifiedTaxRegistration', 'ID']).find(
    (n) => attr(n, 'schemeID') === 'VA',
  )
  const currency = text(inv, [...SETTLEMENT, 'InvoiceCurrencyCode'])
  // TaxTotalAmount may appear once per currency; the one in the invoice currency counts
  const taxes = all(inv, [...TOTALS, 'TaxTotalAmount'])
  const tax =
    taxes.find((n) => !attr(n, 'currencyID') || attr(n, 'currencyID') === currency) ?? taxes[0]
  const fields: EInvoiceData['fields'] = {
    invoice_id: text(inv, ['ExchangedDocument', 'ID']),
    invoice_date: isoFromCompact(
      text(inv, ['ExchangedDocument', 'IssueDateTime', 'DateTimeString']),
    ),
    due_date: isoFromCompact(
      text(inv, [...SETTLEMENT, 'SpecifiedTradePaymentTerms', 'DueDateDateTime', 'DateTimeString']),
    ),
    currency,
    net_amount: money(text(inv, [...TOTALS, 'TaxBasisTotalAmount'])),
    total_tax_amount: money(textOf(tax)),
    total_amount: money(text(inv, [...TOTALS, 'GrandTotalAmount'])),
    supplier_name: text(seller, ['Name']),
    supplier_tax_id: textOf(sellerVat)?.replace(/\s/g, '').toUpperCase(),
    supplier_iban: text(inv, [
      ...SETTLEMENT,
      'SpecifiedTradeSettlementPaymentMeans',
      'PayeePartyCreditorFinancialAccount',
      'IBANID',
    ])?.replace(/\s/g, '').toUpperCase(),
    receiver_name: text(inv, [...AGREEMENT, 'BuyerTradeParty', 'Name']),
    purchase_order: text(inv, [...AGREEMENT, 'BuyerOrderReferencedDocument', 'IssuerAssignedID']),
    payment_terms: text(inv, [...SETTLEMENT, 'SpecifiedTradePaymentTerms', 'Description']),
  }
  const lineItems = all(inv, [...TX, 'IncludedSupplyChainTradeLineItem']).map((line) => ({
    description: text(line, ['SpecifiedTradeProduct', 'Name']),
    product_code: text(line, ['SpecifiedTradeProduct', 'SellerAssignedID']),
    quantity: decimal(text(line, ['SpecifiedLineTradeDelivery', 'BilledQuantity']), 0),
    unit_price: decimal(
      text(line, ['SpecifiedLineTradeAgreement', 'NetPriceProductTradePrice', 'ChargeAmount']),
      0,
    ),
    amount: decimal(
      text(line, [
        'SpecifiedLineTradeSettlement',
        'SpecifiedTradeSettlementLineMonetarySummation',
        'LineTotalAmount',
      ]),
      0,
    ),
    tax_rate: decimal(
      text(line, ['SpecifiedLineTradeSettlement', 'ApplicableTradeTax', 'RateApplicablePercent']),
    ),
  }))
  return { fields, lineItems }
}

import type { HeaderFieldKey, LineItemKey } from '../../../shared/fields'

/** Values read from an e-invoice, already normalised per FIELDS.md, not yet located on the page. */
export interface EInvoiceData {
  fields: Partial<Record<HeaderFieldKey, string>>
  lineItems: Partial<Record<LineItemKey, string>>[]
}

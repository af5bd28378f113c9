/**
 * The invoice data model the samples are drawn from. Layouts print it and truth.ts writes it out,
 * so what the truth says and what the page shows cannot drift apart.
 */
import type { CalendarDate, DateStyle } from './dates'
import type { FontFamily, PageSize } from './draw'
import type { Labels, Language } from './labels'
import type { MoneyStyle } from './money'

export type Country = 'DE' | 'FR' | 'NL' | 'GB' | 'US'
export type LayoutId = 'classic' | 'stacked' | 'ledger' | 'modern'
export type SampleKind = 'text-pdf' | 'scan-pdf' | 'png' | 'jpeg'

export interface Receiver {
  name: string
  /** Address lines under the name. */
  lines: readonly string[]
  customerNo: string
}

export interface CatalogueItem {
  code?: string
  description: string
  /** Unit price range in cents, drawn in multiples of `stepCents`. */
  minCents: number
  maxCents: number
  stepCents: number
  /** Quantities in hundredths (150 = 1.5). */
  quantities: readonly number[]
}

/** Everything about a supplier that does not change from one invoice to the next. */
export interface SupplierProfile {
  key: string
  name: string
  country: Country
  address: readonly string[]
  contact: readonly string[]
  /** Register, management, share capital: the small print real invoices carry. */
  legal: readonly string[]
  language: Language
  labels?: Partial<Labels>
  layout: LayoutId
  font: FontFamily
  pageSize: PageSize
  accent: readonly [number, number, number]
  dateStyle: DateStyle
  currency: string
  money: MoneyStyle
  /** Hundredths of a percent: 1900 = 19 %. */
  taxRate: number
  paymentDays: number
  paymentTerms: string
  /** Prints invoice number `n` of `year` the way this supplier numbers them. */
  numbering: (n: number, year: number) => string
  firstNumber: number
  /** Order reference format of this supplier's customers; undefined when they never send one. */
  purchaseOrder?: (n: number) => string
  catalogue: readonly CatalogueItem[]
  receivers: readonly Receiver[]
}

export interface Supplier extends SupplierProfile {
  /** Normalised: upper case, no spaces (`DE123456789`); US: the EIN as printed. */
  taxId: string
  taxIdPrinted: string
  iban?: string
  bic?: string
  bankName: string
  /** US suppliers print routing and account numbers instead of an IBAN. */
  domesticAccount?: string
}

export interface InvoiceLine {
  position: number
  code?: string
  description: string
  quantity: number
  unitCents: number
  amountCents: number
  rate: number
}

export interface Invoice {
  /** Path relative to the output folder, e.g. `01-kranichsteg.pdf`. */
  file: string
  kind: SampleKind
  supplier: Supplier
  receiver: Receiver
  number: string
  issued: CalendarDate
  due: CalendarDate
  purchaseOrder?: string
  lines: InvoiceLine[]
  netCents: number
  taxCents: number
  totalCents: number
  /** Shift of the whole page content in points, the "same supplier, moved template" variation. */
  offset: { dx: number; dy: number }
  note: string
}

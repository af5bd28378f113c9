import Decimal from 'decimal.js'
import type { Check, Extraction } from '../../shared/fields'
import { isIban } from '../extraction/parse/iban'
import { vatFormatStatus } from './vatFormats'

type Rule = (e: Extraction, today: Date) => Check | null

const num = (v: string | undefined): Decimal | null => {
  if (v === undefined) return null
  try {
    return new Decimal(v)
  } catch {
    return null
  }
}

export const totalsAddUp: Rule = (e) => {
  const net = num(e.fields.net_amount?.value)
  const tax = num(e.fields.total_tax_amount?.value)
  const total = num(e.fields.total_amount?.value)
  if (!net || !tax || !total) return null
  const ok = net.plus(tax).toDecimalPlaces(2).equals(total.toDecimalPlaces(2))
  return {
    id: 'totals-add-up',
    ok,
    message: ok
      ? 'Net amount plus tax equals the total.'
      : `Net ${net.toFixed(2)} plus tax ${tax.toFixed(2)} is ${net.plus(tax).toFixed(2)}, ` +
        `not the total ${total.toFixed(2)}.`,
    fields: ['net_amount', 'total_tax_amount', 'total_amount'],
  }
}

/**
 * Line-item rules only run on items we trust (e-invoice or confirmed): a check on a table the
 * extractor read loosely would blame the header amounts for the extractor's own misreading.
 */
const TRUSTED_ITEM = 0.8
const trustedItems = (e: Extraction): boolean =>
  e.lineItems.length > 0 && e.lineItems.every((i) => (i.amount?.confidence ?? 0) >= TRUSTED_ITEM)

export const linesAddUp: Rule = (e) => {
  if (!trustedItems(e)) return null
  const net = num(e.fields.net_amount?.value)
  const amounts = e.lineItems.map((i) => num(i.amount?.value))
  if (!net || amounts.length === 0 || amounts.some((a) => a === null)) return null
  const sum = amounts.reduce<Decimal>((s, a) => s.plus(a as Decimal), new Decimal(0))
  const ok = sum.toDecimalPlaces(2).equals(net.toDecimalPlaces(2))
  return {
    id: 'lines-add-up',
    ok,
    message: ok
      ? 'The line items add up to the net amount.'
      : `The line items add up to ${sum.toFixed(2)}, but the net amount is ${net.toFixed(2)}.`,
    fields: ['net_amount'],
  }
}

export const taxMatchesRates: Rule = (e) => {
  const tax = num(e.fields.total_tax_amount?.value)
  const items = e.lineItems
  if (!tax || !trustedItems(e)) return null
  if (items.some((i) => !i.amount || !i.tax_rate)) return null
  const expected = items.reduce(
    (s, i) => s.plus(new Decimal(i.amount?.value ?? 0).times(i.tax_rate?.value ?? 0).div(100)),
    new Decimal(0),
  )
  // per-line rounding versus rounding per rate: allow one cent per line
  const ok = expected.minus(tax).abs().lessThanOrEqualTo(0.01 * Math.max(1, items.length))
  return {
    id: 'tax-matches-rates',
    ok,
    message: ok
      ? 'The tax matches the line items and their rates.'
      : `At the printed rates the tax would be ${expected.toFixed(2)}, not ${tax.toFixed(2)}.`,
    fields: ['total_tax_amount'],
  }
}

export const dueAfterIssue: Rule = (e) => {
  const issued = e.fields.invoice_date?.value
  const due = e.fields.due_date?.value
  if (!issued || !due) return null
  const ok = due >= issued
  return {
    id: 'due-after-issue',
    ok,
    message: ok
      ? 'The due date is on or after the invoice date.'
      : `The due date ${due} is before the invoice date ${issued}.`,
    fields: ['invoice_date', 'due_date'],
  }
}

export const datesPlausible: Rule = (e, today) => {
  const bad: ('invoice_date' | 'due_date')[] = []
  const limit = new Date(today.getTime() + 2 * 365 * 86400_000).toISOString().slice(0, 10)
  for (const key of ['invoice_date', 'due_date'] as const) {
    const v = e.fields[key]?.value
    if (v && (v < '1990-01-01' || v > limit || !/^\d{4}-\d{2}-\d{2}$/.test(v))) bad.push(key)
  }
  if (!e.fields.invoice_date && !e.fields.due_date) return null
  return {
    id: 'dates-plausible',
    ok: bad.length === 0,
    message:
      bad.length === 0
        ? 'The dates are plausible.'
        : `Implausible date (before 1990 or far in the future): ${bad.join(', ')}.`,
    fields: bad.length ? bad : ['invoice_date'],
  }
}

export const ibanChecksum: Rule = (e) => {
  const iban = e.fields.supplier_iban?.value
  if (!iban) return null
  const ok = isIban(iban)
  return {
    id: 'iban-checksum',
    ok,
    message: ok
      ? 'The IBAN checksum is valid.'
      : `The IBAN ${iban} fails its checksum or format; check it digit by digit.`,
    fields: ['supplier_iban'],
  }
}

export const vatIdFormat: Rule = (e) => {
  const id = e.fields.supplier_tax_id?.value
  if (!id) return null
  const status = vatFormatStatus(id)
  if (status === 'unknown') return null
  const ok = status === 'valid'
  return {
    id: 'vat-id-format',
    ok,
    message: ok
      ? 'The VAT id has the format of its country.'
      : `The VAT id ${id} does not have the format of its country.`,
    fields: ['supplier_tax_id'],
  }
}

export const RULES: readonly Rule[] = [
  totalsAddUp,
  linesAddUp,
  taxMatchesRates,
  dueAfterIssue,
  datesPlausible,
  ibanChecksum,
  vatIdFormat,
]

import Decimal from 'decimal.js'
import type { ExtractedField, HeaderFieldKey, LineItem } from '../../shared/fields'
import type { PageWords } from '../../shared/words'
import { addressBlockReceiver } from './addressBlock'
import { chooseAmounts } from './amounts'
import type { Candidate } from './candidate'
import { labelledCandidates, looseCandidates } from './candidates'
import { featuresOf, probability, type ConfidenceFeatures } from './confidence'
import { buildDoc, type Doc } from './document'
import { unionBox } from './layout'
import { extractLineItems } from './lineItems'
import { settleItemConfidence } from './lineItems/itemConfidence'
import { currencyFromCountry, currencyFromWords, detectCurrencyCode } from './parse/currency'
import { emailDomains, receiverZone, supplierCandidates } from './parties'
import { paidAmount } from './payment'
import { createRanking, rankerPools, rankValues, type Ranked, type RankerPools } from './rank'
import type { RankerWeights } from './rankerFeatures'
import { roundedTotal } from './rounding'
import { termsCandidates } from './terms'
import { simplify } from './text'

type Fields = Partial<Record<HeaderFieldKey, ExtractedField>>
type Features = Partial<Record<HeaderFieldKey, ConfidenceFeatures>>

const SIMPLE_FIELDS: readonly HeaderFieldKey[] = [
  'invoice_id',
  'due_date',
  'invoice_date',
  'supplier_tax_id',
  'supplier_iban',
  'purchase_order',
  'payment_terms',
]

export function extractFromWords(pages: readonly PageWords[], rankerWeights?: RankerWeights): {
  fields: Fields
  lineItems: LineItem[]
  features: Features
  /** Every value the ranker weighed per field, for learning from the clerk's decision. */
  pools: RankerPools
} {
  const doc = buildDoc(pages)
  const ranking = createRanking(pages, rankerWeights)
  const fields: Fields = {}
  const features: Features = {}
  const table = extractLineItems(doc)
  // amounts inside item rows are line amounts, never the document's totals
  const inTable = (c: Candidate): boolean =>
    c.field.endsWith('amount') &&
    c.words.some((w) => [...table.rows].some((r) => r.page === w.page && r.index === w.line))
  const loose = [...looseCandidates(doc), ...termsCandidates(doc)]
  const all = [...labelledCandidates(doc), ...loose].filter((c) => !inTable(c))
  const byField = (key: HeaderFieldKey): Candidate[] => all.filter((c) => c.field === key)
  const put = (key: HeaderFieldKey, ranked: Ranked[], agreement = false, derived = false): void => {
    const chosen = ranked[0]
    if (!chosen) return
    const runnerUp = ranked.find((r) => r.value !== chosen.value)
    const f = featuresOf(key, chosen, runnerUp, agreement, derived)
    features[key] = f
    fields[key] = toField(chosen.best, probability(f), chosen.value)
  }

  const { zone, candidates: receivers } = receiverZone(doc)
  for (const key of SIMPLE_FIELDS) {
    let cands = byField(key)
    if (key === 'invoice_date') {
      // the due date's own value is not the issue date
      const due = fields.due_date?.value
      cands = cands.filter((c) => c.value !== due || c.label >= 1)
    }
    if (key === 'supplier_tax_id') cands = cands.filter((c) => !c.words.some((w) => zone.has(w)))
    const ranked = rankValues(cands, ranking).filter((r) => keep(key, r))
    put(key, ranked)
  }

  const paid = paidAmount(doc)
  const rounded = roundedTotal(doc)
  const totals = rankValues([...byField('total_amount'), ...(rounded ? [rounded] : [])], ranking)
  if (paid) {
    // the paid amount backs the total it equals, or stands in for a total OCR garbled
    const same = totals.find((r) => r.value === paid.value)
    if (same) same.score += 1
    else totals.push(...rankValues([paid], ranking))
    totals.sort((a, b) => b.score - a.score)
  }
  const amounts = chooseAmounts(
    totals,
    rankValues(byField('net_amount'), ranking),
    rankValues(byField('total_tax_amount'), ranking),
  )
  const paidAgrees = paid !== null && amounts.total?.value === paid.value
  const totalAgrees = amounts.consistent || paidAgrees
  if (amounts.total) put('total_amount', [amounts.total, ...totals], totalAgrees)
  if (amounts.net) put('net_amount', [amounts.net], amounts.consistent)
  if (amounts.tax) put('total_tax_amount', [amounts.tax], amounts.consistent)
  deriveMissingNet(fields, features)

  const suppliers = supplierCandidates(doc, zone, byField('supplier_name'))
  const rankedSuppliers = rankValues(suppliers.filter((c) => c.value !== receivers[0]?.value), ranking)
  // the document's own web or mail domain naming the same company confirms the name
  const key = simplify(rankedSuppliers[0]?.value ?? '').replace(/\s/g, '')
  const domainAgrees = key.length >= 3 && emailDomains(doc).some((d) => d.includes(key) || key.includes(d))
  put('supplier_name', rankedSuppliers, domainAgrees)
  const supplierF = features.supplier_name
  const supplier = fields.supplier_name
  if (supplierF && supplier && !domainAgrees && emailDomains(doc).length > 0) {
    supplierF.brandConflict = 1
    supplier.confidence = round(probability(supplierF))
  }
  const block = receivers.length === 0 ? addressBlockReceiver(doc, rankedSuppliers[0]?.value) : null
  put('receiver_name', rankValues(block ? [block] : receivers, ranking))
  const currency = chooseCurrency(doc, amounts.total?.best.currency ?? null)
  if (currency) fields.currency = currency

  return { fields, lineItems: settleItemConfidence(table.items, fields.net_amount?.value), features, pools: rankerPools(ranking) }
}

/** Ranked values need a minimum of evidence: a loose date or id alone is not enough. */
function keep(key: HeaderFieldKey, r: Ranked): boolean {
  if (key === 'invoice_date') return true
  if (key === 'supplier_tax_id' || key === 'supplier_iban') return r.best.validity >= 0.3
  return r.best.label > 0
}

/** No net printed but a total and a tax (or none at all): net is the difference. */
function deriveMissingNet(fields: Fields, features: Features): void {
  const total = fields.total_amount
  if (!total || fields.net_amount) return
  const tax = fields.total_tax_amount?.value ?? '0'
  const value = new Decimal(total.value).minus(tax).toFixed(2)
  const f: ConfidenceFeatures = { ...(features.total_amount as ConfidenceFeatures), derived: 1 }
  if (!fields.total_tax_amount) f.agreement = 0
  features.net_amount = f
  fields.net_amount = { ...total, value, raw: total.raw, confidence: round(probability(f)) }
}

function chooseCurrency(doc: Doc, fromTotal: string | null): ExtractedField | null {
  const counts = new Map<string, { n: number; line: Doc['lines'][number] }>()
  for (const line of doc.lines) {
    const hasLabel = line.labels.some((l) => l.def.field === 'currency')
    const found = detectCurrencyCode(line.text)
    if (!found) continue
    const cur = counts.get(found.code) ?? { n: 0, line }
    cur.n += hasLabel ? 5 : 1
    counts.set(found.code, cur)
  }
  const ranked = [...counts.entries()].sort((a, b) => b[1].n - a[1].n)
  const text = doc.lines.map((l) => l.folded).join(' ')
  const country = currencyFromCountry(text)
  let top = fromTotal ?? ranked[0]?.[0] ?? currencyFromWords(text) ?? country
  if (top === 'JPY' && country && country !== 'JPY') top = country
  if (!top) return null
  const line = counts.get(top)?.line
  // evidence grows with every printed symbol or code; one lone symbol (maybe misread) is weak
  const topCount = counts.get(top)?.n ?? 0
  const others = ranked.filter(([code]) => code !== top).reduce((s, [, v]) => s + v.n, 0)
  const margin = Math.max(0, Math.min(3, 0.5 * (topCount - others)))
  const word = line?.words.find((w) => detectCurrencyCode(w.text)?.code === top)
  const p = probability({
    label: fromTotal ? 1 : word ? 0.5 : 0,
    ocr: word?.confidence ?? 0.5,
    validity: 1,
    margin,
    agreement: fromTotal ? 1 : 0,
    isName: 0,
    derived: 0,
    scanned: doc.pages[0]?.source === 'ocr' ? 1 : 0,
    ocrText: 0,
    brandConflict: 0,
  })
  return {
    value: top,
    raw: word?.text ?? top,
    confidence: round(p),
    page: word?.page ?? 1,
    bbox: word ? word.bbox : null,
    source: doc.pages[0]?.source ?? 'text-layer',
  }
}

export function toField(c: Candidate, confidence: number, value = c.value): ExtractedField {
  const first = c.words[0]
  return {
    value,
    raw: c.raw,
    confidence: round(confidence),
    page: first?.page ?? 1,
    bbox: c.words.length > 0 ? unionBox(c.words.map((w) => w.bbox)) : null,
    source: first?.pageSource ?? 'text-layer',
  }
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000
}

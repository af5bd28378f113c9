import type { Extraction, HeaderFieldKey } from '../../shared/fields'
import type { PageWords } from '../../shared/words'
import { idKey, nameKey } from '../eval/match'
import { groupLines, segments } from '../extraction/layout'
import { findIbans } from '../extraction/parse/iban'
import { findVatIds } from '../validation/vatFormats'

/** How strongly a key names a supplier: an id is unique, a name can be shared or misread. */
export const KEY_WEIGHT = { tax: 3, iban: 3, name: 1 } as const

/** The keys a confirmed supplier is known by (tax id, IBAN, normalised name). */
export function supplierKeys(values: Partial<Record<HeaderFieldKey, string>>): string[] {
  const keys: string[] = []
  const tax = idKey(values.supplier_tax_id ?? '')
  const iban = idKey(values.supplier_iban ?? '')
  const name = nameKey(values.supplier_name ?? '')
  if (tax.length >= 6) keys.push(`tax:${tax}`)
  if (iban.length >= 10) keys.push(`iban:${iban}`)
  if (name.length >= 3) keys.push(`name:${name}`)
  return keys
}

/**
 * Every key a new document might be recognised by: the ids and IBANs printed anywhere on it,
 * each line and column block as a possible name, and what the rules extracted. The database
 * is asked about these few keys, never scanned.
 */
export function candidateKeys(pages: readonly PageWords[], extraction: Extraction): string[] {
  const keys = new Set<string>()
  const add = (k: string) => keys.add(k)
  for (const page of pages) {
    for (const line of groupLines(page)) {
      for (const v of findVatIds(line.text)) add(`tax:${idKey(v.value)}`)
      for (const i of findIbans(line.text)) add(`iban:${idKey(i.value)}`)
      for (const seg of [line.words, ...segments(line)]) {
        const name = nameKey(seg.map((w) => w.text).join(' '))
        if (name.length >= 3) add(`name:${name}`)
      }
    }
  }
  const fields = extraction.fields
  for (const k of supplierKeys({
    supplier_name: fields.supplier_name?.value,
    supplier_tax_id: fields.supplier_tax_id?.value,
    supplier_iban: fields.supplier_iban?.value,
  })) add(k)
  return [...keys]
}

/** The supplier the found keys point at most strongly, or null. */
export function bestSupplier(found: readonly { key: string; supplierId: number }[]): number | null {
  const score = new Map<number, number>()
  for (const f of found) {
    const kind = f.key.slice(0, f.key.indexOf(':')) as keyof typeof KEY_WEIGHT
    score.set(f.supplierId, (score.get(f.supplierId) ?? 0) + (KEY_WEIGHT[kind] ?? 0))
  }
  const ranked = [...score.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])
  return ranked[0]?.[0] ?? null
}

import type {
  ExtractedField,
  HeaderFieldKey,
  LineItem,
  LineItemKey,
} from '../../../shared/fields'
import { HEADER_FIELD_KIND, LINE_ITEM_KIND } from '../../../shared/fields'
import type { PageWords } from '../../../shared/words'
import { readCii } from './cii'
import { allLines, locate } from './locate'
import type { EInvoiceData } from './types'
import { readUbl } from './ubl'
import { parseXml } from './xml'

/** Reads an embedded Factur-X/ZUGFeRD (CII) or UBL invoice; null when the XML is neither. */
export function readEInvoice(xml: string): EInvoiceData | null {
  let root
  try {
    root = parseXml(xml)
  } catch {
    return null
  }
  if ('CrossIndustryInvoice' in root) return readCii(root)
  if ('Invoice' in root) return readUbl(root)
  return null
}

/** E-invoice values are the authority (confidence 1); the page words only tell where they sit. */
export function extractEInvoice(
  xml: string,
  pages: readonly PageWords[],
): { fields: Partial<Record<HeaderFieldKey, ExtractedField>>; lineItems: LineItem[] } | null {
  const data = readEInvoice(xml)
  if (!data) return null
  const lines = allLines(pages)
  const fields: Partial<Record<HeaderFieldKey, ExtractedField>> = {}
  const entries = Object.entries(data.fields) as [HeaderFieldKey, string | undefined][]
  for (const [key, value] of entries) {
    if (value === undefined || value === '') continue
    fields[key] = located(value, lines, HEADER_FIELD_KIND[key])
  }
  const lineItems = data.lineItems.map((item) => {
    const out: LineItem = {}
    for (const [key, value] of Object.entries(item) as [LineItemKey, string | undefined][]) {
      if (value !== undefined && value !== '') out[key] = located(value, lines, LINE_ITEM_KIND[key])
    }
    return out
  })
  return { fields, lineItems }
}

function located(
  value: string,
  lines: ReturnType<typeof allLines>,
  kind: Parameters<typeof locate>[2],
): ExtractedField {
  const where = locate(lines, value, kind)
  return {
    value,
    raw: where?.raw ?? value,
    confidence: 1,
    page: where?.page ?? 1,
    bbox: where?.bbox ?? null,
    source: 'e-invoice',
  }
}

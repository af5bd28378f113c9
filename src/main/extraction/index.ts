import type { Extraction, HeaderFieldKey } from '../../shared/fields'
import type { PageWords } from '../../shared/words'
import { validate } from '../validation'
import { type ConfidenceFeatures } from './confidence'
import { extractEInvoice } from './einvoice'
import { extractFromWords } from './fromWords'
import type { RankerPools } from './rank'
import type { RankerWeights } from './rankerFeatures'

export const EXTRACTOR_VERSION = 'rules-1'

export interface ExtractOptions {
  eInvoiceXml?: string
  /** The active model's candidate ranker; the shipped weights when absent. */
  rankerWeights?: RankerWeights
}

/**
 * Template-free extraction: words with boxes in, normalised fields with calibrated confidence
 * out. An embedded e-invoice, when given, is the authority and the words only locate its values.
 */
export function extractInvoice(pages: PageWords[], options: ExtractOptions = {}): Extraction {
  return extractDetailed(pages, options).extraction
}

/**
 * Same as extractInvoice, plus the confidence features (for fitting the confidence model) and the
 * values the ranker weighed per field (for retraining it from the clerk's decisions).
 */
export function extractDetailed(
  pages: PageWords[],
  options: ExtractOptions = {},
): {
  extraction: Extraction
  features: Partial<Record<HeaderFieldKey, ConfidenceFeatures>>
  pools: RankerPools
} {
  const fromXml = options.eInvoiceXml ? extractEInvoice(options.eInvoiceXml, pages) : null
  const fromWords = extractFromWords(pages, options.rankerWeights)
  // profiles like Factur-X MINIMUM leave fields out: those are read from the page as usual
  const result = fromXml
    ? {
        fields: { ...fromWords.fields, ...fromXml.fields },
        lineItems: fromXml.lineItems.length > 0 ? fromXml.lineItems : fromWords.lineItems,
        features: fromWords.features,
        pools: fromWords.pools,
      }
    : fromWords
  const extraction: Extraction = {
    fields: result.fields,
    lineItems: result.lineItems,
    checks: [],
    modelVersion: EXTRACTOR_VERSION,
  }
  extraction.checks = validate(extraction)
  // a failed rule makes its fields less likely right; needsReview flags them anyway
  for (const check of extraction.checks) {
    if (check.ok) continue
    for (const key of check.fields) {
      const field = extraction.fields[key]
      if (field && field.source !== 'e-invoice') field.confidence = round(field.confidence * 0.5)
    }
  }
  return { extraction, features: result.features, pools: result.pools }
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000
}

import type { Extraction, HeaderFieldKey } from '../../shared/fields'
import { probability, type ConfidenceFeatures } from '../extraction/confidence'
import type { Weights } from './modelRepository'

/**
 * Recomputes the confidence of every field the rules read from words with a retrained model's
 * weights, keeping extractDetailed's halving for fields a failed check involves. Values, boxes and
 * e-invoice fields are left alone: the retrained model changes how sure Recto is, not what it read.
 */
export function reweigh(
  extraction: Extraction,
  features: Partial<Record<HeaderFieldKey, ConfidenceFeatures>>,
  weights: Weights,
  version: string,
): Extraction {
  const fields = { ...extraction.fields }
  for (const [key, f] of Object.entries(features) as [HeaderFieldKey, ConfidenceFeatures][]) {
    const field = fields[key]
    if (!field || (field.source !== 'text-layer' && field.source !== 'ocr')) continue
    const failed = extraction.checks.some((c) => !c.ok && c.fields.includes(key))
    const p = probability(f, weights) * (failed ? 0.5 : 1)
    fields[key] = { ...field, confidence: Math.round(p * 1000) / 1000 }
  }
  return { ...extraction, fields, modelVersion: version }
}

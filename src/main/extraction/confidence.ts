import type { HeaderFieldKey } from '../../shared/fields'
import { HEADER_FIELD_KIND } from '../../shared/fields'
import { ocrConfidence } from './candidate'
import type { Ranked } from './rank'

/** What we know about a chosen value that bears on whether it is right. */
export interface ConfidenceFeatures {
  label: number
  ocr: number
  validity: number
  /** Score gap to the best other value, clipped to 0–3. */
  margin: number
  /** 1 when other fields confirm the value (net + tax = total), else 0. */
  agreement: number
  /** 1 for names and free text, where layout evidence is weakest. */
  isName: number
  /** 1 for values derived from others (net = total − tax) rather than read next to a label. */
  derived: number
  /** 1 when the page was read by OCR: misread digits pass every format check. */
  scanned: number
  /** 1 for a name or text read by OCR: one misread letter in a sentence makes it wrong. */
  ocrText: number
  /** 1 when the document's web or mail domain names another company than the chosen supplier
   * (a brand beside a legal name: "Flipkart" on an invoice sold by a retailer). */
  brandConflict: number
}

export const FEATURE_KEYS: readonly (keyof ConfidenceFeatures)[] = [
  'label',
  'ocr',
  'validity',
  'margin',
  'agreement',
  'isName',
  'derived',
  'scanned',
  'ocrText',
  'brandConflict',
]

/** The side of zero each weight must stay on (fitLogistic's sign constraints). */
export const FEATURE_SIGNS: Record<keyof ConfidenceFeatures, number> = {
  label: 1,
  ocr: 1,
  validity: 1,
  margin: 1,
  agreement: 1,
  isName: -1,
  derived: -1,
  scanned: -1,
  ocrText: -1,
  brandConflict: -1,
}

/**
 * Logistic model over the features. Weights were fit on the dev set (src/main/eval/fitConfidence)
 * with L2 regularisation and sign constraints (FEATURE_SIGNS); few features keep it from
 * memorising the documents. Refit after changing candidates or scores. ocrText and brandConflict
 * carry their weights from the joint fit on the shared set plus the bundled samples; the others
 * keep the earlier fit, because the joint refit (bias 1.0, ocr 1.66, margin 0.48, scanned -1.87…)
 * is as well calibrated but flags 17 of 22 wrong shared fields instead of 21.
 */
export const WEIGHTS: { bias: number } & ConfidenceFeatures = {
  bias: 0.65,
  label: 0.6,
  ocr: 1.34,
  validity: 0,
  margin: 0.91,
  agreement: 0.9,
  isName: -0.08,
  derived: 0,
  scanned: -1.64,
  ocrText: -0.26,
  brandConflict: -1.06,
}

export function featuresOf(
  key: HeaderFieldKey,
  chosen: Ranked,
  runnerUp: Ranked | undefined,
  agreement: boolean,
  derived = false,
): ConfidenceFeatures {
  const kind = HEADER_FIELD_KIND[key]
  return {
    label: chosen.best.label,
    ocr: ocrConfidence(chosen.best.words),
    validity: chosen.best.validity,
    // name scores add many layout cues, so their gaps run about three times wider
    margin: clip((chosen.score - (runnerUp?.score ?? 0)) / (kind === 'name' ? 3 : 1)),
    agreement: agreement ? 1 : 0,
    isName: kind === 'name' || kind === 'text' ? 1 : 0,
    derived: derived ? 1 : 0,
    scanned: chosen.best.words.some((w) => w.source === 'ocr') ? 1 : 0,
    ocrText:
      (kind === 'name' || kind === 'text') && chosen.best.words.some((w) => w.source === 'ocr') ? 1 : 0,
    brandConflict: 0,
  }
}

function clip(n: number): number {
  return Math.max(0, Math.min(3, n))
}

export function probability(f: ConfidenceFeatures, weights = WEIGHTS): number {
  let z = weights.bias
  for (const key of FEATURE_KEYS) z += weights[key] * f[key]
  return 1 / (1 + Math.exp(-z))
}

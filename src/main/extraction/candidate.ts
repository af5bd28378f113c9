import type { HeaderFieldKey } from '../../shared/fields'
import type { PlacedWord } from './layout'

/** How a value was tied to its label: same line to the right, in the column below, or no label. */
export type Relation = 'right' | 'below' | 'none'

export interface Candidate {
  field: HeaderFieldKey
  value: string
  raw: string
  words: PlacedWord[]
  /** 0–1 strength of the label that pointed at this value; 0 for label-less candidates. */
  label: number
  relation: Relation
  /** Heuristic score used to rank candidates of one field (not a probability). */
  score: number
  /** Type validity 0–1 (checksum, format, plausibility). */
  validity: number
  currency?: string | null
  /** For values below their label: the vertical gap in line heights. */
  gap?: number
}

export function ocrConfidence(words: readonly PlacedWord[]): number {
  if (words.length === 0) return 1
  return Math.min(...words.map((w) => w.confidence))
}

export function make(
  field: Candidate['field'],
  value: string,
  raw: string,
  words: PlacedWord[],
  label: number,
  relation: Relation,
  validity: number,
  currency: string | null = null,
): Candidate {
  return { field, value, raw, words, label, relation, validity, score: 0, currency }
}

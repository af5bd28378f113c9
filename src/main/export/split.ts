import { RectoError } from '../../shared/errors'

export const SPLIT_NAMES = ['train', 'validation', 'test'] as const
export type SplitName = (typeof SPLIT_NAMES)[number]

/** Fractions of train, validation and test, summing to 1. */
export type SplitRatios = Record<SplitName, number>

export const DEFAULT_SPLIT: SplitRatios = { train: 0.8, validation: 0.1, test: 0.1 }

/** `80,10,10` (or `0.8,0.1,0.1`, or `90,10` without a test set) → fractions summing to 1. */
export function parseSplit(text: string): SplitRatios {
  const parts = text.split(',').map((p) => p.trim())
  const numbers = parts.map(Number)
  if (parts.length < 1 || parts.length > 3 || numbers.some((n) => !Number.isFinite(n) || n < 0)) {
    throw new RectoError('bad_split', `--split wants up to three non-negative numbers like 80,10,10, not "${text}".`)
  }
  const [train = 0, validation = 0, test = 0] = numbers
  const sum = train + validation + test
  if (sum <= 0) throw new RectoError('bad_split', '--split must give some documents to at least one set.')
  return { train: train / sum, validation: validation / sum, test: test / sum }
}

/**
 * The set a document belongs to, from its file's sha256 alone: the same file lands in the same
 * set in every export, whatever else is in the database, so a test document never leaks into a
 * later training set (as long as the ratios stay the same).
 */
export function splitOf(sha256: string, ratios: SplitRatios): SplitName {
  // 52 bits fit a double exactly; a uniform position in [0, 1).
  const position = parseInt(sha256.slice(0, 13), 16) / 2 ** 52
  if (!Number.isFinite(position)) throw new RectoError('bad_hash', `Not a sha256: ${sha256}`)
  if (position < ratios.train) return 'train'
  if (position < ratios.train + ratios.validation) return 'validation'
  return ratios.test > 0 ? 'test' : ratios.validation > 0 ? 'validation' : 'train'
}

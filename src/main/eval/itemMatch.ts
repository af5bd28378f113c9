import type { LineItem, LineItemKey } from '../../shared/fields'
import { matchValue } from './match'

/** The cells scored per line item; product_code is left out (most truths lack it). */
export const SCORED_ITEM_KEYS = ['description', 'quantity', 'unit_price', 'amount', 'tax_rate'] as const
export type ScoredItemKey = (typeof SCORED_ITEM_KEYS)[number]

export type TruthItem = Partial<Record<LineItemKey, string>>

export interface ItemCell {
  key: ScoredItemKey
  truth: string
  predicted: string | null
  right: boolean
}

export interface ItemScore {
  truthItems: number
  predictedItems: number
  /** Truth items paired with a predicted one. */
  matched: number
  /** One entry per truth cell; an unmatched truth item has all its cells wrong. */
  cells: ItemCell[]
}

/**
 * Descriptions compare word for word after folding case, accents, punctuation and line breaks.
 * No containment as for names: a description cut to its first line must count as wrong.
 */
export function descriptionKey(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}

/** Word overlap (Dice) of two descriptions, 0–1. */
export function descriptionSimilarity(a: string, b: string): number {
  const wa = descriptionKey(a).split(' ').filter(Boolean)
  const wb = descriptionKey(b).split(' ').filter(Boolean)
  if (wa.length === 0 || wb.length === 0) return 0
  const rest = [...wb]
  let common = 0
  for (const w of wa) {
    const i = rest.indexOf(w)
    if (i >= 0) {
      common++
      rest.splice(i, 1)
    }
  }
  return (2 * common) / (wa.length + wb.length)
}

export function cellRight(key: ScoredItemKey, predicted: string, truth: string): boolean {
  if (key === 'description') return descriptionKey(predicted) === descriptionKey(truth)
  return matchValue(key, predicted, truth)
}

/**
 * Pairs predicted items with truth items by amount and description similarity (best pairs
 * first, each item used once; a pair needs an equal amount or half its words in common), then
 * scores every truth cell against its partner.
 */
export function scoreItems(predicted: readonly LineItem[], truth: readonly TruthItem[]): ItemScore {
  const pairs: { p: number; t: number; score: number }[] = []
  predicted.forEach((p, pi) =>
    truth.forEach((t, ti) => {
      const score = pairScore(p, t)
      if (score > 0) pairs.push({ p: pi, t: ti, score: score - 1e-6 * Math.abs(pi - ti) })
    }),
  )
  pairs.sort((a, b) => b.score - a.score)
  const partner = new Map<number, number>()
  const usedPredicted = new Set<number>()
  for (const pair of pairs) {
    if (partner.has(pair.t) || usedPredicted.has(pair.p)) continue
    partner.set(pair.t, pair.p)
    usedPredicted.add(pair.p)
  }
  const cells: ItemCell[] = []
  truth.forEach((t, ti) => {
    const pi = partner.get(ti)
    const item = pi === undefined ? undefined : predicted[pi]
    for (const key of SCORED_ITEM_KEYS) {
      const want = t[key]
      if (want === undefined) continue
      const got = item?.[key]?.value ?? null
      cells.push({ key, truth: want, predicted: got, right: got !== null && cellRight(key, got, want) })
    }
  })
  return { truthItems: truth.length, predictedItems: predicted.length, matched: partner.size, cells }
}

function pairScore(p: LineItem, t: TruthItem): number {
  const amount = p.amount && t.amount ? matchValue('amount', p.amount.value, t.amount) : false
  const words =
    p.description && t.description ? descriptionSimilarity(p.description.value, t.description) : 0
  if (!amount && words < 0.5) return 0
  return (amount ? 1 : 0) + words
}

export interface ItemTally {
  documents: number
  truthItems: number
  predictedItems: number
  matchedItems: number
  /** Every truth cell of the documents; per key below. */
  cells: { scored: number; right: number; accuracy: number }
  perCell: Partial<Record<ScoredItemKey, { scored: number; right: number; accuracy: number }>>
}

/** Sums item scores over documents. */
export function tallyItems(scores: readonly ItemScore[]): ItemTally {
  const cells = scores.flatMap((s) => s.cells)
  const count = (list: readonly ItemCell[]) => {
    const right = list.filter((c) => c.right).length
    return { scored: list.length, right, accuracy: list.length === 0 ? 0 : right / list.length }
  }
  const perCell: ItemTally['perCell'] = {}
  for (const key of SCORED_ITEM_KEYS) {
    const list = cells.filter((c) => c.key === key)
    if (list.length > 0) perCell[key] = count(list)
  }
  return {
    documents: scores.length,
    truthItems: scores.reduce((n, s) => n + s.truthItems, 0),
    predictedItems: scores.reduce((n, s) => n + s.predictedItems, 0),
    matchedItems: scores.reduce((n, s) => n + s.matched, 0),
    cells: count(cells),
    perCell,
  }
}

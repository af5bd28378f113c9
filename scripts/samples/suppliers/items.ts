/** Catalogue rows as compact tuples, so a supplier's price list reads like a price list. */
import type { CatalogueItem } from '../model'

/** [code ('' for none), description, min cents, max cents, step cents, quantities in 1/100]. */
export type ItemRow = readonly [string, string, number, number, number, readonly number[]]

export function items(rows: readonly ItemRow[]): CatalogueItem[] {
  return rows.map(([code, description, minCents, maxCents, stepCents, quantities]) => ({
    ...(code ? { code } : {}),
    description,
    minCents,
    maxCents,
    stepCents,
    quantities,
  }))
}

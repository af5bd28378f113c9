import { HEADER_FIELD_KEYS, LINE_ITEM_KEYS } from '../../shared/fields'

/**
 * Entity names of the token-classification formats: header keys upper-cased (INVOICE_ID), line-item
 * cells prefixed (LINE_ITEM_AMOUNT) so they never clash with the header's totals.
 */
export function entityOf(key: string, line: number): string {
  return line === 0 ? key.toUpperCase() : `LINE_ITEM_${key.toUpperCase()}`
}

export const ENTITIES: readonly string[] = [
  ...HEADER_FIELD_KEYS.map((k) => entityOf(k, 0)),
  ...LINE_ITEM_KEYS.map((k) => entityOf(k, 1)),
]

/** The fixed BIO label list: index = the integer in `ner_tags`. Same list in every export. */
export const BIO_LABELS: readonly string[] = ['O', ...ENTITIES.flatMap((e) => [`B-${e}`, `I-${e}`])]

export const LABEL_ID: ReadonlyMap<string, number> = new Map(BIO_LABELS.map((l, i) => [l, i]))

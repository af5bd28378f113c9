import { HEADER_FIELD_KEYS, LINE_ITEM_KEYS } from '../../../shared/fields'
import type { HeaderFieldKey, LineItemKey } from '../../../shared/fields'

/** Points at one editable value: a header field (line 0) or a cell of line item `line`. */
export interface FieldRef {
  key: HeaderFieldKey | LineItemKey
  line: number
}

/** A stable string for maps, DOM attributes and React keys. */
export function fieldId(ref: FieldRef): string {
  return `${ref.key}:${ref.line}`
}

/** Reads back a `fieldId` (from a DOM attribute); null for anything that is not one. */
export function parseFieldId(id: string): FieldRef | null {
  const match = /^([a-z_]+):(\d+)$/.exec(id)
  if (!match?.[1] || !match[2]) return null
  const line = Number(match[2])
  const keys: readonly string[] = line === 0 ? HEADER_FIELD_KEYS : LINE_ITEM_KEYS
  return keys.includes(match[1]) ? { key: match[1] as FieldRef['key'], line } : null
}

export function sameField(a: FieldRef | null, b: FieldRef | null): boolean {
  return a !== null && b !== null && a.key === b.key && a.line === b.line
}

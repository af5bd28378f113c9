import {
  HEADER_FIELD_KIND,
  HEADER_FIELD_LABEL,
  LINE_ITEM_KIND,
  LINE_ITEM_LABEL,
} from '../../../../../shared/fields'
import type { FieldKind, HeaderFieldKey, LineItemKey } from '../../../../../shared/fields'
import type { FieldRef } from '../../../lib/fieldRef'

export function kindOf(ref: FieldRef): FieldKind {
  return ref.line === 0
    ? HEADER_FIELD_KIND[ref.key as HeaderFieldKey]
    : LINE_ITEM_KIND[ref.key as LineItemKey]
}

export function labelOf(ref: FieldRef): string {
  return ref.line === 0
    ? HEADER_FIELD_LABEL[ref.key as HeaderFieldKey]
    : `${LINE_ITEM_LABEL[ref.key as LineItemKey]}, line ${ref.line}`
}

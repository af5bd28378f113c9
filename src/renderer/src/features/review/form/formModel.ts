import { HEADER_FIELD_GROUPS, LINE_ITEM_KEYS } from '../../../../../shared/fields'
import type { DocumentDetail, FieldState } from '../../../../../shared/documents'
import { fieldId } from '../../../lib/fieldRef'
import type { FieldRef } from '../../../lib/fieldRef'

/** Header fields in the order the form shows them. */
export const HEADER_ORDER: readonly FieldRef[] = HEADER_FIELD_GROUPS.flatMap((group) =>
  group.keys.map((key) => ({ key, line: 0 })),
)

/** Every editable value in reading order: the header groups, then line items cell by cell. */
export function navigationOrder(detail: DocumentDetail): FieldRef[] {
  const lines = [...detail.lineItems].sort((a, b) => a.line - b.line)
  return [
    ...HEADER_ORDER,
    ...lines.flatMap((item) => LINE_ITEM_KEYS.map((key) => ({ key, line: item.line }))),
  ]
}

export function fieldStateOf(detail: DocumentDetail | null, ref: FieldRef): FieldState | null {
  if (!detail) return null
  if (ref.line === 0) return detail.fields.find((f) => f.key === ref.key && f.line === 0) ?? null
  const item = detail.lineItems.find((i) => i.line === ref.line)
  return item?.cells[ref.key as keyof typeof item.cells] ?? null
}

/**
 * What still needs a person: fields main flagged, plus header fields named by a failed check.
 * The second part matters for fields that are missing altogether, which carry no FieldState.
 */
export function flaggedFieldIds(detail: DocumentDetail): Set<string> {
  const ids = new Set<string>()
  for (const field of detail.fields) if (field.needsReview) ids.add(fieldId(field))
  for (const item of detail.lineItems) {
    for (const cell of Object.values(item.cells)) {
      if (cell?.needsReview) ids.add(fieldId({ key: cell.key, line: item.line }))
    }
  }
  for (const check of detail.checks) {
    if (!check.ok) for (const key of check.fields) ids.add(fieldId({ key, line: 0 }))
  }
  return ids
}

export function failedCheckMessages(detail: DocumentDetail, ref: FieldRef): string[] {
  if (ref.line !== 0) return []
  return detail.checks
    .filter((c) => !c.ok && c.fields.some((key) => key === ref.key))
    .map((c) => c.message)
}

/** Failed checks that name no field, shown once above the form. */
export function generalCheckFailures(detail: DocumentDetail): string[] {
  return detail.checks.filter((c) => !c.ok && c.fields.length === 0).map((c) => c.message)
}

/** Fields (header and cells) with a box on the given page, for the page overlay. */
export function boxedFieldsOnPage(detail: DocumentDetail, page: number): FieldState[] {
  const cells = detail.lineItems.flatMap((item) =>
    Object.values(item.cells).flatMap((cell) => (cell ? [{ ...cell, line: item.line }] : [])),
  )
  return [...detail.fields, ...cells].filter((f) => f.page === page && f.bbox !== null)
}

import { LINE_ITEM_KEYS } from '../../../../../shared/fields'
import type { LineItemKey } from '../../../../../shared/fields'
import { fieldId } from '../../../lib/fieldRef'
import type { FieldRef } from '../../../lib/fieldRef'

export interface StepOptions {
  /** Only refs in this set are stops; null means every ref is. */
  stops: ReadonlySet<string> | null
  /** Continue from the other end when the last stop is passed. */
  wrap: boolean
}

/**
 * The next stop after `current` in `order` (or before it, for -1). `current` itself never
 * counts, even when it is still a stop, so Enter on a field always moves on. Returns null when
 * there is nowhere to go, and Tab then falls through to the browser's own order, which keeps
 * every other control reachable.
 */
export function stepField(
  order: readonly FieldRef[],
  current: FieldRef | null,
  direction: 1 | -1,
  { stops, wrap }: StepOptions,
): FieldRef | null {
  const n = order.length
  if (n === 0) return null
  const index = current ? order.findIndex((r) => fieldId(r) === fieldId(current)) : -1
  const start = index === -1 ? (direction === 1 ? -1 : n) : index
  for (let step = 1; step <= n; step++) {
    const raw = start + direction * step
    if (!wrap && (raw < 0 || raw >= n)) return null
    const candidate = order[((raw % n) + n) % n]
    if (!candidate || (index !== -1 && candidate === order[index])) continue
    if (!stops || stops.has(fieldId(candidate))) return candidate
  }
  return null
}

/** Where the review opens: the first flagged field, or the first field when none is. */
export function initialField(
  order: readonly FieldRef[],
  flagged: ReadonlySet<string>,
): FieldRef | null {
  return order.find((r) => flagged.has(fieldId(r))) ?? order[0] ?? null
}

/**
 * The grid cell an arrow key leads to from `ref`, given the lines in order; null at the edges,
 * where the caret simply stays.
 */
export function gridTarget(
  lines: readonly number[],
  ref: FieldRef,
  move: { rows: number; cols: number },
): FieldRef | null {
  const row = lines.indexOf(ref.line) + move.rows
  const col = LINE_ITEM_KEYS.indexOf(ref.key as LineItemKey) + move.cols
  const line = lines[row]
  const key = LINE_ITEM_KEYS[col]
  if (row < 0 || col < 0 || line === undefined || key === undefined) return null
  return { key, line }
}

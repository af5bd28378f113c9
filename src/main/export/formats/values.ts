import { HEADER_FIELD_KEYS, LINE_ITEM_KEYS } from '../../../shared/fields'
import type { ExportField } from '../types'

export interface FinalValues {
  fields: Record<string, string>
  line_items: Record<string, string>[]
}

/**
 * The reviewed values as plain strings in FIELDS.md order, empty values left out; `onPage` keeps
 * only cells located on one page.
 */
export function finalValues(fields: readonly ExportField[], onPage?: number): FinalValues {
  const keep = (f: ExportField) => f.value !== '' && (onPage === undefined || f.page === onPage)
  const header = new Map(fields.filter((f) => f.line === 0 && keep(f)).map((f) => [f.key, f.value]))
  const out: FinalValues = { fields: {}, line_items: [] }
  for (const key of HEADER_FIELD_KEYS) {
    const value = header.get(key)
    if (value !== undefined) out.fields[key] = value
  }
  const lines = new Map<number, Map<string, string>>()
  for (const f of fields) {
    if (f.line === 0 || !keep(f)) continue
    const cells = lines.get(f.line) ?? new Map<string, string>()
    cells.set(f.key, f.value)
    lines.set(f.line, cells)
  }
  for (const line of [...lines.keys()].sort((a, b) => a - b)) {
    const cells = lines.get(line)!
    const item: Record<string, string> = {}
    for (const key of LINE_ITEM_KEYS) {
      const value = cells.get(key)
      if (value !== undefined) item[key] = value
    }
    out.line_items.push(item)
  }
  return out
}

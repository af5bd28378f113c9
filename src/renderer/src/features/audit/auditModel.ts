import type { AuditEntry, EditAction } from '../../../../shared/documents'
import type { RequestOf } from '../../../../shared/ipc/contract'

/** The edit log's filters as typed; days are the clerk's local calendar days. */
export interface AuditFilterValues {
  user: string
  action: EditAction | ''
  from: string
  to: string
  search: string
}

export const EMPTY_AUDIT_FILTER: AuditFilterValues = {
  user: '',
  action: '',
  from: '',
  to: '',
  search: '',
}

export const ACTION_LABEL: Record<EditAction, string> = {
  correct: 'Corrected',
  accept: 'Accepted',
  confirm: 'Confirmed',
  reject: 'Rejected',
  reopen: 'Reopened',
  add_line: 'Added line',
  delete_line: 'Deleted line',
  comment: 'Comment',
}

const DAY = /^\d{4}-\d{2}-\d{2}$/

/**
 * Local days to the instants main compares with: `from` at its local midnight, `to` up to the
 * next one, so both days are included whatever the time zone. Null while a day is malformed.
 */
export function rangeRequest(from: string, to: string): { from?: string; to?: string } | null {
  const start = from ? localMidnight(from, 0) : undefined
  const end = to ? localMidnight(to, 1) : undefined
  if (start === null || end === null) return null
  return { ...(start && { from: start }), ...(end && { to: end }) }
}

function localMidnight(day: string, plusDays: number): string | null {
  if (!DAY.test(day)) return null
  const [y, m, d] = day.split('-').map(Number) as [number, number, number]
  const date = new Date(y, m - 1, d + plusDays)
  return Number.isNaN(date.getTime()) ? null : date.toISOString()
}

export function toAuditRequest(values: AuditFilterValues): RequestOf<'listAudit'> | null {
  const range = rangeRequest(values.from, values.to)
  if (!range) return null
  const user = values.user.trim()
  const search = values.search.trim()
  return {
    ...range,
    ...(user && { user }),
    ...(values.action && { action: values.action }),
    ...(search && { search }),
  }
}

/** `total_amount`, `amount (line 2)`; empty for document-wide actions. */
export function fieldLabel(entry: Pick<AuditEntry, 'fieldKey' | 'line'>): string {
  if (!entry.fieldKey) return entry.line ? `line ${entry.line}` : ''
  return entry.line ? `${entry.fieldKey} (line ${entry.line})` : entry.fieldKey
}

/** What changed, as the clerk reads it: `1.00 → 2.00`, a comment, a stage hand-over. */
export function changeText(entry: Pick<AuditEntry, 'action' | 'oldValue' | 'newValue'>): string {
  if (entry.action === 'confirm') {
    if (entry.newValue === 'second_stage') return 'handed to a reviewer'
    return entry.oldValue === 'second_stage' ? 'second confirmation' : ''
  }
  if (entry.action === 'comment' || entry.action === 'reject') return entry.newValue ?? ''
  if (entry.action === 'reopen') {
    return entry.oldValue ? `was ${entry.oldValue.replace('_', ' ')}` : ''
  }
  if (entry.oldValue === null && entry.newValue === null) return ''
  return `${entry.oldValue ?? '∅'} → ${entry.newValue ?? '∅'}`
}

/** Stored times are UTC; people read them in their own zone: `2025-03-01 09:05:07`. */
export function localTime(iso: string): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  const p = (n: number) => String(n).padStart(2, '0')
  return (
    `${date.getFullYear()}-${p(date.getMonth() + 1)}-${p(date.getDate())} ` +
    `${p(date.getHours())}:${p(date.getMinutes())}:${p(date.getSeconds())}`
  )
}

import { HEADER_FIELD_KEYS } from '../../shared/fields'
import { thresholdFor } from '../../shared/settings'
import type { Settings } from '../../shared/settings'
import type { ReadableDb } from '../db/handles'
import { prepared } from '../db/statements'
import { boundsSql } from './auditRange'
import type { TimeBounds } from './auditRange'

/* The SQL behind getMetrics. Every query reads current state; nothing is cached or denormalised. */

const and = (clauses: string[]) => clauses.map((c) => ` AND ${c}`).join('')

export function decisionCounts(db: ReadableDb, range: TimeBounds): Record<string, number> {
  const { clauses, params } = boundsSql('decided_at', range)
  const rows = prepared(
    db,
    `SELECT status, count(*) AS n FROM documents
     WHERE status IN ('auto_approved', 'validated', 'rejected')${and(clauses)} GROUP BY status`,
  ).all(params) as { status: string; n: number }[]
  return Object.fromEntries(rows.map((r) => [r.status, r.n]))
}

export function correctionsByField(db: ReadableDb, range: TimeBounds) {
  const { clauses, params } = boundsSql('d.decided_at', range)
  return prepared(
    db,
    `SELECT e.field_key AS fieldKey, count(*) AS corrections,
       count(DISTINCT e.document_id) AS documents
     FROM edits e JOIN documents d ON d.id = e.document_id
     WHERE e.action = 'correct' AND e.field_key IS NOT NULL
       AND d.status = 'validated'${and(clauses)}
     GROUP BY e.field_key ORDER BY corrections DESC, fieldKey`,
  ).all(params) as { fieldKey: string; corrections: number; documents: number }[]
}

export interface WeekRow {
  week: string
  documents: number
  fields: number
  unchanged: number
  flagged: number
}

/**
 * Per ISO week of decision (UTC), over validated documents' header fields. The ISO week is the
 * week of the Thursday of the decision's Monday–Sunday week, which strftime gives portably.
 * "Flagged" is judged by the extracted confidence against today's thresholds: the flag itself is
 * cleared once a person decides, and checks that failed back then are not kept.
 */
export function weekRows(db: ReadableDb, range: TimeBounds, settings: Settings): WeekRow[] {
  const bounds = boundsSql('decided_at', range)
  const clauses = bounds.clauses
  const params: Record<string, unknown> = { ...bounds.params, tDefault: settings.reviewThreshold }
  const thresholds = HEADER_FIELD_KEYS.map((key, i) => {
    params[`k${i}`] = key
    params[`t${i}`] = thresholdFor(settings, key)
    return `WHEN @k${i} THEN @t${i}`
  })
  return prepared(
    db,
    `WITH decided AS (
       SELECT id, date(decided_at, '-3 days', 'weekday 4') AS thursday FROM documents
       WHERE status = 'validated' AND decided_at IS NOT NULL${and(clauses)})
     SELECT strftime('%Y', thursday) || '-W' ||
         printf('%02d', (CAST(strftime('%j', thursday) AS INTEGER) - 1) / 7 + 1) AS week,
       count(DISTINCT d.id) AS documents,
       count(f.id) AS fields,
       coalesce(sum(f.status <> 'corrected' AND f.extracted_value IS NOT NULL), 0) AS unchanged,
       coalesce(sum(f.extracted_confidence IS NULL OR f.extracted_confidence <
         CASE f.key ${thresholds.join(' ')} ELSE @tDefault END), 0) AS flagged
     FROM decided d LEFT JOIN fields f ON f.document_id = d.id AND f.line = 0
     GROUP BY week ORDER BY week`,
  ).all(params) as WeekRow[]
}

export interface RoundRow {
  user: string
  documentId: number
  startAt: string
  endAt: string
}

/**
 * One row per confirmation: it closes a review round that began with the first edit after the
 * document's previous confirm, reject or reopen. Opening a document writes nothing, so a round
 * confirmed without edits lasts 0 s.
 */
export function confirmRounds(db: ReadableDb, range: TimeBounds): RoundRow[] {
  const { clauses, params } = boundsSql('c.at', range)
  return prepared(
    db,
    `SELECT c.user AS user, c.document_id AS documentId, c.at AS endAt,
       (SELECT min(e.at) FROM edits e WHERE e.document_id = c.document_id AND e.id <= c.id
          AND e.id > coalesce((SELECT max(b.id) FROM edits b WHERE b.document_id = c.document_id
            AND b.id < c.id AND b.action IN ('confirm', 'reject', 'reopen')), 0)) AS startAt
     FROM edits c WHERE c.action = 'confirm'${and(clauses)} ORDER BY c.id`,
  ).all(params) as RoundRow[]
}

export function correctionsByUser(db: ReadableDb, range: TimeBounds): Map<string, number> {
  const { clauses, params } = boundsSql('at', range)
  const rows = prepared(
    db,
    `SELECT user, count(*) AS n FROM edits WHERE action = 'correct'${and(clauses)} GROUP BY user`,
  ).all(params) as { user: string; n: number }[]
  return new Map(rows.map((r) => [r.user, r.n]))
}

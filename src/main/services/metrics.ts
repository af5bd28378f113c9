import type { Metrics } from '../../shared/documents'
import { RectoError } from '../../shared/errors'
import type { Settings } from '../../shared/settings'
import type { ReadableDb } from '../db/handles'
import { timeBounds } from './auditRange'
import type { TimeBounds } from './auditRange'
import {
  confirmRounds,
  correctionsByField,
  correctionsByUser,
  decisionCounts,
  weekRows,
} from './metricsQueries'

/** Review metrics over documents decided (and edits made) within the range. */
export function computeMetrics(
  db: ReadableDb,
  settings: Settings,
  range: { from?: string; to?: string } = {},
): Metrics {
  const bounds = parseBounds(range)
  const counts = decisionCounts(db, bounds)
  const autoApproved = counts.auto_approved ?? 0
  const decided = autoApproved + (counts.validated ?? 0) + (counts.rejected ?? 0)
  const rounds = confirmRounds(db, bounds).map((r) => ({
    user: r.user,
    seconds: Math.max(0, (Date.parse(r.endAt) - Date.parse(r.startAt)) / 1000),
  }))
  const corrections = correctionsByUser(db, bounds)
  const names = [...new Set([...rounds.map((r) => r.user), ...corrections.keys()])].sort()
  return {
    decided,
    autoApproved,
    straightThroughRate: share(autoApproved, decided),
    confirmedDocuments: counts.validated ?? 0,
    corrections: correctionsByField(db, bounds),
    weeks: weekRows(db, bounds, settings).map((w) => ({
      week: w.week,
      documents: w.documents,
      fields: w.fields,
      accuracy: share(w.unchanged, w.fields),
      reviewLoad: share(w.flagged, w.fields),
    })),
    medianSecondsPerDocument: median(rounds.map((r) => r.seconds)),
    users: names.map((user) => {
      const own = rounds.filter((r) => r.user === user)
      return {
        user,
        confirms: own.length,
        corrections: corrections.get(user) ?? 0,
        medianSeconds: median(own.map((r) => r.seconds)),
      }
    }),
  }
}

export function share(part: number, whole: number): number | null {
  return whole > 0 ? part / whole : null
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

function parseBounds(range: { from?: string; to?: string }): TimeBounds {
  try {
    return timeBounds(range.from, range.to)
  } catch (error) {
    throw new RectoError('invalid_request', (error as Error).message)
  }
}

/**
 * Date filters arrive as a whole day (`2025-03-01`, read as UTC: the CLI's meaning) or as an
 * instant (the app sends local midnights). Stored times are ISO strings in UTC, so bounds are
 * turned into the same form and compared as text: `from` inclusive, `to` exclusive.
 */
export interface TimeBounds {
  from: string | null
  to: string | null
}

const DAY = /^\d{4}-\d{2}-\d{2}$/

export function timeBounds(from?: string, to?: string): TimeBounds {
  return { from: from ? startOf(from) : null, to: to ? endOf(to) : null }
}

function startOf(value: string): string {
  return DAY.test(value) ? `${value}T00:00:00.000Z` : instant(value)
}

/** A day includes itself, so its bound is the next day's start; an instant is the bound itself. */
function endOf(value: string): string {
  if (!DAY.test(value)) return instant(value)
  const next = new Date(`${value}T00:00:00.000Z`)
  next.setUTCDate(next.getUTCDate() + 1)
  return next.toISOString()
}

function instant(value: string): string {
  const time = Date.parse(value)
  if (!Number.isFinite(time)) throw new RangeError(`not a date: ${value}`)
  return new Date(time).toISOString()
}

/** SQL conditions for a column against the bounds, with their named parameters. */
export function boundsSql(
  column: string,
  bounds: TimeBounds,
): { clauses: string[]; params: Record<string, string> } {
  const clauses: string[] = []
  const params: Record<string, string> = {}
  if (bounds.from) {
    clauses.push(`${column} >= @from`)
    params.from = bounds.from
  }
  if (bounds.to) {
    clauses.push(`${column} < @to`)
    params.to = bounds.to
  }
  return { clauses, params }
}

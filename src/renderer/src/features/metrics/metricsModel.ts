/** Formatting of the metrics view; nulls (nothing to divide by) show as a dash. */

export function percent(share: number | null): string {
  return share === null ? '–' : `${Math.round(share * 1000) / 10}%`
}

/** `45 s`, `3 min 5 s`, `2 h 10 min`. */
export function duration(seconds: number | null): string {
  if (seconds === null) return '–'
  const s = Math.round(seconds)
  if (s < 60) return `${s} s`
  if (s < 3600) return `${Math.floor(s / 60)} min${s % 60 ? ` ${s % 60} s` : ''}`
  const minutes = Math.round((s % 3600) / 60)
  return `${Math.floor(s / 3600)} h${minutes ? ` ${minutes} min` : ''}`
}

/** Width of an inline bar, in percent of the largest value shown beside it. */
export function barWidth(value: number | null, max: number): number {
  if (value === null || max <= 0) return 0
  return Math.max(0, Math.min(100, (value / max) * 100))
}

/** `0.21 → 0.12`: a figure before and after a retraining. */
export function beforeAfter(before: number | string, after: number | string): string {
  return `${before} → ${after}`
}

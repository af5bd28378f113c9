/** Short age for the queue: `just now`, `12 min`, `3 h`, `5 d`. */
export function formatAge(createdAt: string, now: number): string {
  const ms = now - Date.parse(createdAt)
  if (!Number.isFinite(ms) || ms < 60_000) return 'just now'
  const minutes = Math.floor(ms / 60_000)
  if (minutes < 60) return `${minutes} min`
  const hours = Math.floor(minutes / 60)
  if (hours < 48) return `${hours} h`
  return `${Math.floor(hours / 24)} d`
}

/** Remaining time of a batch: `about 2 min`, `under a minute`, or empty while unknown. */
export function formatEta(etaMs: number | null): string {
  if (etaMs === null || !Number.isFinite(etaMs) || etaMs < 0) return ''
  if (etaMs < 60_000) return 'under a minute'
  const minutes = Math.round(etaMs / 60_000)
  if (minutes < 90) return `about ${minutes} min`
  return `about ${Math.round(minutes / 60)} h`
}

export function formatPercent(confidence: number): string {
  return `${Math.round(Math.max(0, Math.min(1, confidence)) * 100)}%`
}

/** `1234.50 EUR`; amounts stay as stored so the clerk sees exactly what will be exported. */
export function formatMoney(amount: string | null, currency: string | null): string {
  if (!amount) return ''
  return currency ? `${amount} ${currency}` : amount
}

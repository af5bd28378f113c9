import Decimal from 'decimal.js'

/** XML decimals to FIELDS.md form: at least `places` decimals (2 for money), precision kept. */
export function decimal(value: string | undefined, places = 2): string | undefined {
  if (value === undefined || !/^-?\d+(?:\.\d+)?$/.test(value.trim())) return undefined
  const trimmed = value.trim()
  const printed = trimmed.split('.')[1]?.length ?? 0
  return new Decimal(trimmed).toFixed(Math.max(places, Math.min(printed, 4), 2))
}

/** CII dates come as format 102 (`20180305`). */
export function isoFromCompact(value: string | undefined): string | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})$/.exec(value?.trim() ?? '')
  return m ? `${m[1]}-${m[2]}-${m[3]}` : undefined
}

/** Header amounts: exactly 2 places as FIELDS.md says. */
export function money(value: string | undefined): string | undefined {
  const d = decimal(value)
  return d === undefined ? undefined : new Decimal(d).toFixed(2)
}

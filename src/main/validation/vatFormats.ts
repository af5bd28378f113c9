/**
 * VAT id formats per country (EU, plus GB, XI, CH, NO and the EU non-union scheme). Formats
 * only: the numbers behind them are checked by VIES, which an offline app cannot reach.
 */
export const VAT_FORMATS: Record<string, RegExp> = {
  AT: /^ATU\d{8}$/,
  BE: /^BE[01]\d{9}$/,
  BG: /^BG\d{9,10}$/,
  CY: /^CY\d{8}[A-Z]$/,
  CZ: /^CZ\d{8,10}$/,
  DE: /^DE\d{9}$/,
  DK: /^DK\d{8}$/,
  EE: /^EE\d{9}$/,
  EL: /^EL\d{9}$/,
  ES: /^ES[A-Z0-9]\d{7}[A-Z0-9]$/,
  FI: /^FI\d{8}$/,
  FR: /^FR[A-HJ-NP-Z0-9]{2}\d{9}$/,
  HR: /^HR\d{11}$/,
  HU: /^HU\d{8}$/,
  IE: /^IE(?:\d{7}[A-W][A-IW]?|\d[A-Z+*]\d{5}[A-W])$/,
  IT: /^IT\d{11}$/,
  LT: /^LT(?:\d{9}|\d{12})$/,
  LU: /^LU\d{8}$/,
  LV: /^LV\d{11}$/,
  MT: /^MT\d{8}$/,
  NL: /^NL\d{9}B\d{2}$/,
  PL: /^PL\d{10}$/,
  PT: /^PT\d{9}$/,
  RO: /^RO\d{2,10}$/,
  SE: /^SE\d{10}01$/,
  SI: /^SI\d{8}$/,
  SK: /^SK\d{10}$/,
  GB: /^GB(?:\d{9}|\d{12}|GD\d{3}|HA\d{3})$/,
  XI: /^XI(?:\d{9}|\d{12}|GD\d{3}|HA\d{3})$/,
  CH: /^CHE\d{9}(?:MWST|TVA|IVA)?$/,
  NO: /^NO\d{9}(?:MVA)?$/,
  EU: /^EU\d{9}$/,
}

/** Upper case without spaces, dots and dashes: the FIELDS.md form of a tax id. */
export function normaliseTaxId(raw: string): string {
  return raw.toUpperCase().replace(/[\s.\-/]/g, '')
}

/** 'valid' | 'invalid' for a known country prefix; 'unknown' for ids we have no format for. */
export function vatFormatStatus(id: string): 'valid' | 'invalid' | 'unknown' {
  const norm = normaliseTaxId(id)
  const country = norm.slice(0, 2) === 'GR' ? 'EL' : norm.slice(0, 2)
  const format = VAT_FORMATS[country]
  if (!format) return 'unknown'
  return format.test(norm.replace(/^GR/, 'EL')) ? 'valid' : 'invalid'
}

/** Finds VAT ids in a line, allowing the spaces people print in them (DE 232 446 240). */
export function findVatIds(text: string): { value: string; start: number; end: number }[] {
  const out: { value: string; start: number; end: number }[] = []
  const upper = text.toUpperCase()
  let after = 0
  for (const prefix of upper.matchAll(/(?<![A-Z0-9])[A-Z]{2}(?=[\s.-]?[A-Z0-9])/g)) {
    if (prefix.index < after) continue
    const m = /^[A-Z]{2}[\s.-]?[A-Z0-9](?:[\s.-]?[A-Z0-9+*]){7,13}/.exec(upper.slice(prefix.index))
    if (!m) continue
    // take the longest prefix of the match that is a valid id (the match may run into a word)
    const parts = m[0].split(/(?=[\s.-])/)
    for (let n = parts.length; n >= 1; n--) {
      const piece = parts.slice(0, n).join('')
      const candidate = normaliseTaxId(piece)
      if (vatFormatStatus(candidate) === 'valid') {
        out.push({ value: candidate, start: prefix.index, end: prefix.index + piece.length })
        after = prefix.index + piece.length
        break
      }
    }
  }
  return out
}

import { electronicFormatIBAN, isValidIBAN } from 'ibantools'

/** Finds IBANs in a line, with or without the grouping spaces, keeping only checksum-valid ones. */
export function findIbans(text: string): { value: string; start: number; end: number }[] {
  const out: { value: string; start: number; end: number }[] = []
  const re = /(?<![A-Z0-9])[A-Z]{2}\d{2}(?:\s?[A-Z0-9]){10,30}/g
  for (const m of text.toUpperCase().matchAll(re)) {
    const raw = m[0]
    // the greedy match can run into the next word; shrink until the checksum holds
    for (let len = raw.length; len >= 14; len--) {
      const piece = raw.slice(0, len)
      if (/\s$/.test(piece)) continue
      const iban = electronicFormatIBAN(piece) ?? ''
      if (isValidIBAN(iban)) {
        out.push({ value: iban, start: m.index, end: m.index + len })
        break
      }
    }
  }
  return out
}

export function isIban(value: string): boolean {
  return isValidIBAN(electronicFormatIBAN(value) ?? '')
}

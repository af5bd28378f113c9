/**
 * Fictional but well-formed bank and tax identifiers: IBANs pass the ISO 13616 mod-97 check and the
 * VAT ids carry their national check digits, so validators in the app accept them as real.
 */
import type { Rng } from './random'

export type IbanCountry = 'DE' | 'FR' | 'NL' | 'GB'

/** `bankCode` is the four letters NL and GB IBANs start with; other countries draw digits. */
export function makeIban(rng: Rng, country: IbanCountry, bankCode = 'XXXX'): string {
  const bban = makeBban(rng, country, bankCode)
  return `${country}${ibanCheckDigits(country, bban)}${bban}`
}

/** The two check digits that make `country + check + bban` ≡ 1 (mod 97). */
export function ibanCheckDigits(country: string, bban: string): string {
  const remainder = mod97(toDigits(`${bban}${country}00`))
  return String(98 - remainder).padStart(2, '0')
}

export function isValidIban(iban: string): boolean {
  const compact = iban.replace(/\s+/g, '').toUpperCase()
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(compact)) return false
  return mod97(toDigits(`${compact.slice(4)}${compact.slice(0, 4)}`)) === 1
}

/** `DE89 3704 0044 0532 0130 00`: how IBANs are printed. */
export function groupIban(iban: string): string {
  return iban.replace(/(.{4})(?=.)/g, '$1 ')
}

function makeBban(rng: Rng, country: IbanCountry, bankCode: string): string {
  switch (country) {
    case 'DE':
      return `${digits(rng, 8, true)}${digits(rng, 10, true)}`
    case 'NL':
      return `${bankCode}${digits(rng, 10, true)}`
    case 'GB':
      return `${bankCode}${digits(rng, 6, true)}${digits(rng, 8)}`
    case 'FR': {
      const bank = digits(rng, 5, true)
      const branch = digits(rng, 5)
      const account = digits(rng, 11)
      return `${bank}${branch}${account}${ribKey(bank, branch, account)}`
    }
  }
}

/** The French RIB key, which national validators check inside the IBAN. */
function ribKey(bank: string, branch: string, account: string): string {
  const sum = 89 * Number(bank) + 15 * Number(branch) + 3 * mod97(account)
  return String(97 - (sum % 97)).padStart(2, '0')
}

/** German USt-IdNr.: eight digits and an ISO 7064 MOD 11,10 check digit. */
export function makeGermanVatId(rng: Rng): string {
  const body = digits(rng, 8, true)
  let product = 10
  for (const ch of body) {
    let sum = (Number(ch) + product) % 10
    if (sum === 0) sum = 10
    product = (2 * sum) % 11
  }
  const check = (11 - product) % 10
  return `DE${body}${check}`
}

/** French TVA: FR + key + SIREN, the SIREN passing Luhn and the key (12 + 3 × SIREN mod 97). */
export function makeFrenchVatId(rng: Rng): string {
  let siren = ''
  do siren = digits(rng, 9, true)
  while (!luhnValid(siren))
  const key = (12 + 3 * (Number(siren) % 97)) % 97
  return `FR${String(key).padStart(2, '0')}${siren}`
}

/** Dutch btw-id: NL + nine digits + B + two digits, the nine passing the old eleven test. */
export function makeDutchVatId(rng: Rng): string {
  for (;;) {
    const body = digits(rng, 8, true)
    const sum = [...body].reduce((acc, ch, i) => acc + Number(ch) * (9 - i), 0)
    const check = sum % 11
    if (check < 10) return `NL${body}${check}B0${rng.int(1, 3)}`
  }
}

/** UK VAT: nine digits whose weighted sum of the first seven plus the last two is 0 mod 97. */
export function makeBritishVatId(rng: Rng): string {
  const body = digits(rng, 7, true)
  const sum = [...body].reduce((acc, ch, i) => acc + Number(ch) * (8 - i), 0)
  const check = (97 - (sum % 97)) % 97
  return `GB${body}${String(check).padStart(2, '0')}`
}

/** US employer identification number, as printed: `84-1234567`. */
export function makeUsEin(rng: Rng): string {
  return `${rng.int(10, 88)}-${digits(rng, 7)}`
}

function digits(rng: Rng, count: number, noLeadingZero = false): string {
  let out = noLeadingZero ? String(rng.int(1, 9)) : String(rng.int(0, 9))
  while (out.length < count) out += String(rng.int(0, 9))
  return out
}

function luhnValid(number: string): boolean {
  let sum = 0
  for (let i = 0; i < number.length; i++) {
    let d = Number(number[number.length - 1 - i])
    if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2
    sum += d
  }
  return sum % 10 === 0
}

function toDigits(text: string): string {
  return text.replace(/[A-Z]/g, (ch) => String(ch.charCodeAt(0) - 55))
}

/** Remainder of a long decimal string, in chunks so it never leaves safe integers. */
function mod97(numeric: string): number {
  let remainder = 0
  for (let i = 0; i < numeric.length; i += 7) {
    remainder = Number(`${remainder}${numeric.slice(i, i + 7)}`) % 97
  }
  return remainder
}

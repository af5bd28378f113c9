/**
 * All sample suppliers with their bank and tax identifiers. The identifiers are drawn from a PRNG
 * seeded by the supplier's key, so they stay the same however the samples are shuffled.
 */
import { makeBritishVatId, makeDutchVatId, makeFrenchVatId, makeGermanVatId } from '../ids'
import { makeIban, makeUsEin } from '../ids'
import type { Supplier, SupplierProfile } from '../model'
import { createRng, hashString } from '../random'
import { HARROWMERE } from './britain'
import { BRUMEVAL, LEMOINARD } from './france'
import { ELBWIESEN, KRANICHSTEG, QUELLMOOR } from './germany'
import { PLOEGSMA } from './netherlands'
import { BLUEFEN, COPPERBROOK } from './usa'

/** Fictional banks; the four letters are what NL and GB IBANs and every BIC start with. */
const BANKS: Record<string, { name: string; code: string; location: string }> = {
  kranichsteg: { name: 'Weserufer Bank eG', code: 'WEUF', location: '2B' },
  quellmoor: { name: 'Fuldatal Sparkasse', code: 'FULD', location: '2K' },
  elbwiesen: { name: 'Elbland Volksbank eG', code: 'ELBV', location: '2D' },
  brumeval: { name: 'Banque Ligérienne', code: 'BLIG', location: 'PP' },
  lemoinard: { name: 'Crédit Rhodanien', code: 'CRRH', location: 'LY' },
  ploegsma: { name: 'Maasstad Bank N.V.', code: 'MAAS', location: '2R' },
  harrowmere: { name: 'Aire Valley Bank plc', code: 'AIRV', location: '2L' },
  bluefen: { name: 'Lakeshore Federal Credit Union', code: '', location: '' },
  copperbrook: { name: 'Snake River Community Bank', code: '', location: '' },
}

export const SUPPLIER_PROFILES = [
  KRANICHSTEG,
  QUELLMOOR,
  ELBWIESEN,
  BRUMEVAL,
  LEMOINARD,
  PLOEGSMA,
  HARROWMERE,
  BLUEFEN,
  COPPERBROOK,
] as const

export function identify(profile: SupplierProfile): Supplier {
  const rng = createRng(hashString(`ids:${profile.key}`))
  const bank = BANKS[profile.key]
  if (!bank) throw new Error(`no bank for ${profile.key}`)
  const bic = `${bank.code}${profile.country}${bank.location}`
  switch (profile.country) {
    case 'DE': {
      const taxId = makeGermanVatId(rng)
      return { ...profile, taxId, taxIdPrinted: taxId, bankName: bank.name, bic, ...iban('DE') }
    }
    case 'FR': {
      const taxId = makeFrenchVatId(rng)
      const siren = taxId.slice(4)
      const printed = `FR ${taxId.slice(2, 4)} ${siren.replace(/(\d{3})(?=\d)/g, '$1 ')}`
      return { ...profile, taxId, taxIdPrinted: printed, bankName: bank.name, bic, ...iban('FR') }
    }
    case 'NL': {
      const taxId = makeDutchVatId(rng)
      return { ...profile, taxId, taxIdPrinted: taxId, bankName: bank.name, bic, ...iban('NL') }
    }
    case 'GB': {
      const taxId = makeBritishVatId(rng)
      const printed = `GB ${taxId.slice(2, 5)} ${taxId.slice(5, 9)} ${taxId.slice(9)}`
      return { ...profile, taxId, taxIdPrinted: printed, bankName: bank.name, bic, ...iban('GB') }
    }
    case 'US': {
      const taxId = makeUsEin(rng)
      const routing = `0${rng.int(10_000_000, 99_999_999)}`
      const account = String(rng.int(100_000_000, 999_999_999))
      return {
        ...profile,
        taxId,
        taxIdPrinted: taxId,
        bankName: bank.name,
        domesticAccount: `Routing ${routing}  Account ${account}`,
      }
    }
  }

  function iban(country: 'DE' | 'FR' | 'NL' | 'GB'): { iban: string } {
    return { iban: makeIban(rng, country, bank?.code) }
  }
}

export function supplierByKey(key: string): Supplier {
  const profile = SUPPLIER_PROFILES.find((p) => p.key === key)
  if (!profile) throw new Error(`unknown supplier ${key}`)
  return identify(profile)
}

import { describe, expect, it } from 'vitest'
import { detectLanguage } from './language'

const words = (text: string) => text.split(/\s+/)

describe('detectLanguage', () => {
  it('tells German, French and English invoice text apart', () => {
    const deu = 'Rechnung Nr. 2025/103 Bitte überweisen Sie den Betrag innerhalb von 14 Tagen. Gesamtbetrag inkl. MwSt.'
    const fra = 'Facture N° TL25007737 Règlement à 45 jours fin de mois par virement. Montant total TTC des prestations'
    const eng = 'Invoice CR-2025-5127 Please pay the amount due by the date shown. Thank you for your business.'
    expect(detectLanguage(words(deu))?.language).toBe('deu')
    expect(detectLanguage(words(fra))?.language).toBe('fra')
    expect(detectLanguage(words(eng))?.language).toBe('eng')
  })

  it('ignores case and punctuation around words', () => {
    expect(detectLanguage(['(DIE', 'Rechnung,', 'UND', 'der:'])?.language).toBe('deu')
  })

  it('is confident on clear text and less so on mixed text', () => {
    const clear = detectLanguage(words('the invoice for the goods and the payment is due'))!
    const mixed = detectLanguage(words('the invoice Rechnung und der Betrag'))!
    expect(clear.confidence).toBe(1)
    expect(mixed.confidence).toBeLessThan(0.7)
  })

  it('says nothing about a page of numbers', () => {
    expect(detectLanguage(words('12.50 3 x 4.00 25/12/2018 TOTAL'))?.language).not.toBe('deu')
    expect(detectLanguage(words('12.50 3 4.00 25/12/2018'))).toBeNull()
    expect(detectLanguage([])).toBeNull()
  })
})

import type { OcrLanguage } from '../../shared/settings'

export interface DetectedLanguage {
  language: OcrLanguage
  /** Share of the evidence that points to this language (0–1); 0 when nothing points anywhere. */
  confidence: number
}

/**
 * Words that are frequent on invoices in one language and rare in the others. Short function
 * words carry most of the signal; a few invoice terms help on pages of mostly numbers.
 */
const STOP_WORDS: Record<OcrLanguage, readonly string[]> = {
  eng: ['the', 'and', 'of', 'to', 'for', 'with', 'invoice', 'total', 'due', 'date', 'amount', 'payment', 'please', 'thank', 'you', 'our', 'your', 'is', 'by', 'from'],
  deu: ['der', 'die', 'das', 'und', 'mit', 'für', 'von', 'den', 'rechnung', 'betrag', 'datum', 'bitte', 'zahlbar', 'ist', 'nicht', 'gesamt', 'summe', 'netto', 'steuer', 'zu', 'bis', 'ihre', 'wir'],
  fra: ['le', 'la', 'les', 'des', 'du', 'et', 'pour', 'avec', 'une', 'facture', 'montant', 'total', 'date', 'échéance', 'règlement', 'paiement', 'par', 'sur', 'nous', 'votre', 'vous', 'au', 'aux'],
}
/** Letters that occur in one language's words and not in the others'. */
const LETTERS: Record<OcrLanguage, RegExp> = {
  eng: /(?!)/g,
  deu: /[äöüß]/g,
  fra: /[éèêàçùâîôœ]/g,
}
const LANGUAGES = Object.keys(STOP_WORDS) as OcrLanguage[]
const STOP_SETS = Object.fromEntries(LANGUAGES.map((l) => [l, new Set(STOP_WORDS[l])])) as Record<OcrLanguage, Set<string>>

/**
 * Which of the languages Recto reads a page is written in, from its words: stop words count one
 * each, language-specific letters half each. Words shared by two languages (`total`, `date`)
 * count for both and so decide nothing. Pure and cheap, so it runs on every page.
 */
export function detectLanguage(words: readonly string[]): DetectedLanguage | null {
  const score: Record<OcrLanguage, number> = { eng: 0, deu: 0, fra: 0 }
  for (const word of words) {
    const lower = word.toLowerCase().replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '')
    if (!lower) continue
    for (const language of LANGUAGES) {
      if (STOP_SETS[language].has(lower)) score[language] += 1
      score[language] += (lower.match(LETTERS[language])?.length ?? 0) / 2
    }
  }
  const total = LANGUAGES.reduce((sum, l) => sum + score[l], 0)
  if (total === 0) return null
  const best = LANGUAGES.reduce((a, b) => (score[b] > score[a] ? b : a))
  return { language: best, confidence: round(score[best] / total) }
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000
}

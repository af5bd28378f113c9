import { detectsLanguage } from '../../shared/settings'
import type { OcrLanguage, Settings } from '../../shared/settings'
import type { PageWords, Word } from '../../shared/words'
import { detectLanguage } from './language'
import type { OcrEngine } from './ocr/ocrPool'
import type { SettleLanguage } from './ocr/ocrPage'

/** The languages a document's scans are OCRed in, and how to get an engine for others. */
export interface OcrLanguageSetup {
  /** The engine for the configured languages: the only one when detection is off, the first pass when on. */
  ocr: OcrEngine
  /** Its languages, as settings list them (`['eng']`). */
  languages: readonly string[]
  /** Present when the language is detected: an engine for the languages detection chose. */
  engineFor?: (languages: readonly string[]) => OcrEngine
}

/** What one page's OCR gave, with the languages it was read in ('fra+eng'). */
export type ReadIn<T> = T & { ocrLanguages: string }

/**
 * Decides once per document which languages its scanned pages are read in. With detection on,
 * the first page that settles it is a text-layer page (its words) or the first scanned page: its
 * first band is OCRed with the configured languages, and when those words point to a language not
 * among them, the page goes on in that language (the band is read again) and every later page
 * goes straight to it. Pages in flight meanwhile wait for the decision rather than being read twice.
 */
export function createDocumentLanguage(setup: OcrLanguageSetup) {
  const configured = setup.languages.join('+')
  let decided: Promise<string> | null = null

  function decideFrom(words: readonly Word[]): string | null {
    const languages = languagesIn(words, 0)
    if (languages) decided = Promise.resolve(languages)
    return languages
  }

  function engine(languages: string): OcrEngine {
    return languages === configured || !setup.engineFor ? setup.ocr : setup.engineFor(languages.split('+'))
  }

  function noteTextLayer(words: readonly Word[]): void {
    if (setup.engineFor && !decided) decideFrom(words)
  }

  return {
    /** A usable text layer tells the language of the scanned pages after it. */
    noteTextLayer,

    /**
     * Whether a stored page may stand for this run: text-layer pages always; OCR pages only when
     * read in the languages this document is read in now. A page stored before languages were
     * recorded counts as read in the configured ones (what the cache always assumed).
     */
    async acceptsStored(page: PageWords): Promise<boolean> {
      if (page.source !== 'ocr') {
        noteTextLayer(page.words)
        return true
      }
      const readIn = page.ocrLanguages ?? configured
      if (!setup.engineFor) return readIn === configured
      const languages = decided ? await decided : (decideFrom(page.words) ?? configured)
      decided ??= Promise.resolve(languages)
      return readIn === languages
    },

    /**
     * OCRs one page with `read`, in the document's languages. The first scanned page decides them
     * when nothing has: `read` gets a `settle` that its first band's words go to, and a verdict
     * there sends the rest of the page (and every later page) to the language found; when the
     * band does not tell, the whole page's words decide, and the page is read again if they say
     * it is in another language. Pages in flight meanwhile wait for the decision.
     */
    async read<T extends { words: Word[] }>(
      read: (ocr: OcrEngine, settle?: SettleLanguage) => Promise<T>,
    ): Promise<ReadIn<T>> {
      if (!setup.engineFor) return { ...(await read(setup.ocr)), ocrLanguages: configured }
      if (decided) {
        const languages = await decided
        return { ...(await read(engine(languages))), ocrLanguages: languages }
      }
      let settle: (languages: string) => void = () => {}
      decided = new Promise((resolve) => (settle = resolve))
      try {
        // What the first band said, when it said something clearly.
        const band: { languages: string | null } = { languages: null }
        const first = await read(setup.ocr, (words) => {
          band.languages = languagesIn(words, BAND_CONFIDENCE)
          return band.languages ? engine(band.languages) : null
        })
        const languages = band.languages ?? languagesIn(first.words, 0) ?? configured
        settle(languages)
        if (band.languages || languages === configured) return { ...first, ocrLanguages: languages }
        return { ...(await read(engine(languages))), ocrLanguages: languages }
      } finally {
        // A failed first pass must not leave later pages waiting forever.
        settle(configured)
      }
    },
  }

  /** The languages to read in for words that tell their language with at least `confidence`. */
  function languagesIn(words: readonly Word[], confidence: number): string | null {
    const detected = detectLanguage(words.map((w) => w.text))
    if (!detected || detected.confidence < confidence) return null
    return languagesFor(detected.language, setup.languages).join('+')
  }
}

/**
 * How clearly one band's words must point to a language for the rest of the page to be read in
 * it: a band holds a few lines, and a French street name on an English invoice is one word.
 */
const BAND_CONFIDENCE = 0.7

export type DocumentLanguage = ReturnType<typeof createDocumentLanguage>

/**
 * The languages to OCR a page in once its language is known: the configured ones when they
 * include it (no second pass), else the detected language with English, which invoices in any
 * language mix in (product names, "Invoice", IBAN labels, company forms: the French model alone
 * read a French supplier's "SAS" as "Sas" and lost the supplier name, though it reads about a
 * third faster).
 */
export function languagesFor(detected: OcrLanguage, configured: readonly string[]): readonly string[] {
  if (configured.includes(detected)) return configured
  return detected === 'eng' ? ['eng'] : [detected, 'eng']
}

/** The languages to OCR more of a processed document in (region OCR): the ones its scans were read in. */
export function languagesOfDocument(settings: Settings, detected: OcrLanguage | null): readonly string[] {
  if (!detectsLanguage(settings) || !detected) return settings.ocrLanguages
  return languagesFor(detected, settings.ocrLanguages)
}

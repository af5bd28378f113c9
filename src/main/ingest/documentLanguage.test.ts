import { describe, expect, it } from 'vitest'
import type { Word } from '../../shared/words'
import { DEFAULT_SETTINGS } from '../../shared/settings'
import { createDocumentLanguage, languagesFor, languagesOfDocument } from './documentLanguage'
import type { OcrEngine } from './ocr/ocrPool'
import type { SettleLanguage } from './ocr/ocrPage'

const word = (text: string): Word => ({ text, bbox: [0, 0, 1, 1], confidence: 0.9, source: 'ocr' })
const FRENCH = ['Facture', 'date', 'de', 'la', 'livraison', 'des', 'marchandises', 'pour', 'le', 'client'].map(word)
const ENGLISH = ['Invoice', 'for', 'the', 'delivery', 'of', 'goods', 'to', 'your', 'address'].map(word)

/** An engine is only a name here: `read` below stands for OCR and says which engine it ran on. */
function engine(name: string): OcrEngine & { name: string } {
  return { name, concurrency: 2, recognize: () => Promise.reject(new Error('not used')), terminate: async () => {} }
}

function setup() {
  const eng = engine('eng')
  const requested: string[] = []
  const language = createDocumentLanguage({
    ocr: eng,
    languages: ['eng'],
    engineFor: (languages) => (requested.push(languages.join('+')), engine(languages.join('+'))),
  })
  return { eng, requested, language }
}

describe('languagesFor', () => {
  it('keeps the configured languages when they include the detected one, else adds English', () => {
    expect(languagesFor('deu', ['deu', 'eng'])).toEqual(['deu', 'eng'])
    expect(languagesFor('fra', ['eng'])).toEqual(['fra', 'eng'])
    expect(languagesFor('eng', ['deu'])).toEqual(['eng'])
  })
})

describe('languagesOfDocument', () => {
  it('region OCR reads in the document’s detected language, or the configured ones when detection is off', () => {
    expect(languagesOfDocument(DEFAULT_SETTINGS, 'deu')).toEqual(['deu', 'eng'])
    expect(languagesOfDocument(DEFAULT_SETTINGS, null)).toEqual(['eng'])
    expect(languagesOfDocument({ ...DEFAULT_SETTINGS, detectLanguage: false }, 'deu')).toEqual(['eng'])
  })
})

describe('createDocumentLanguage', () => {
  it('OCRs the first scanned page again in the detected language; later pages go straight to it', async () => {
    const { requested, language } = setup()
    const runs: string[] = []
    const read = (ocr: OcrEngine) => {
      runs.push((ocr as OcrEngine & { name: string }).name)
      return Promise.resolve({ words: FRENCH })
    }
    const [first, second] = await Promise.all([language.read(read), language.read(read)])
    expect(first.ocrLanguages).toBe('fra+eng')
    expect(second.ocrLanguages).toBe('fra+eng')
    // One English pass (page 1), then page 1 again and page 2 in French; page 2 waited for the decision.
    expect(runs.sort()).toEqual(['eng', 'fra+eng', 'fra+eng'])
    expect(requested.length).toBeGreaterThan(0)
  })

  it('lets the first band decide: a French band sends the rest of the page to French, with no second pass', async () => {
    const { language } = setup()
    const runs: string[] = []
    // Stands for ocrPage: reads its first band, hands the words to settle, reads on with its answer.
    const read = async (ocr: OcrEngine, settle?: SettleLanguage) => {
      const first = (ocr as OcrEngine & { name: string }).name
      const chosen = settle?.(FRENCH) ?? ocr
      runs.push(`${first} then ${(chosen as OcrEngine & { name: string }).name}`)
      return { words: FRENCH }
    }
    const [page1, page2] = await Promise.all([language.read(read), language.read(read)])
    expect(page1.ocrLanguages).toBe('fra+eng')
    expect(page2.ocrLanguages).toBe('fra+eng')
    expect(runs.sort()).toEqual(['eng then fra+eng', 'fra+eng then fra+eng'])
  })

  it('does not decide from a band that points nowhere clearly; the whole page decides', async () => {
    const { language } = setup()
    const mixed = [...ENGLISH.slice(0, 3), ...FRENCH.slice(0, 4)]
    const engines: string[] = []
    const page = await language.read(async (ocr, settle) => {
      engines.push((ocr as OcrEngine & { name: string }).name)
      expect(settle?.(mixed)).toBeNull()
      return { words: ENGLISH }
    })
    expect(page.ocrLanguages).toBe('eng')
    expect(engines).toEqual(['eng'])
  })

  it('reads an English page once', async () => {
    const { requested, language } = setup()
    let runs = 0
    const page = await language.read(() => (runs++, Promise.resolve({ words: ENGLISH })))
    expect(page.ocrLanguages).toBe('eng')
    expect(runs).toBe(1)
    expect(requested).toEqual([])
  })

  it('takes the language from a text layer, so scanned pages after it need no first pass', async () => {
    const { language } = setup()
    language.noteTextLayer(FRENCH)
    const names: string[] = []
    await language.read((ocr) => (names.push((ocr as OcrEngine & { name: string }).name), Promise.resolve({ words: [] })))
    expect(names).toEqual(['fra+eng'])
  })

  it('does not leave pages waiting when the first pass fails', async () => {
    const { language } = setup()
    const failing = language.read(() => Promise.reject(new Error('corrupt image')))
    const waiting = language.read(() => Promise.resolve({ words: ENGLISH }))
    await expect(failing).rejects.toThrow('corrupt image')
    await expect(waiting).resolves.toMatchObject({ ocrLanguages: 'eng' })
  })

  it('serves stored OCR pages only in the document’s languages; pages stored unlabelled count as the configured ones', async () => {
    const stored = (ocrLanguages?: string) => ({
      page: 1, width: 1, height: 1, rotation: 0, source: 'ocr' as const, words: FRENCH, ...(ocrLanguages ? { ocrLanguages } : {}),
    })
    expect(await setup().language.acceptsStored(stored())).toBe(false)
    expect(await setup().language.acceptsStored(stored('eng'))).toBe(false)
    expect(await setup().language.acceptsStored(stored('fra+eng'))).toBe(true)
    const fixed = createDocumentLanguage({ ocr: engine('eng'), languages: ['eng'] })
    expect(await fixed.acceptsStored(stored())).toBe(true)
    expect(await fixed.acceptsStored(stored('fra+eng'))).toBe(false)
  })
})

import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import type { PageWords } from '../../src/shared/words'
import { createOcrPool } from '../../src/main/ingest/ocr/ocrPool'
import type { OcrEngine } from '../../src/main/ingest/ocr/ocrPool'
import { readDocument } from '../../src/main/ingest/readDocument'
import { processDocument } from '../../src/main/pipeline/processDocument'
import { createRecto } from '../../src/main/services/createRecto'

const root = path.resolve(import.meta.dirname, '../..')
const samplePath = (name: string) => path.join(root, 'resources/samples', name)
const sample = (name: string) => new Uint8Array(readFileSync(samplePath(name)))
const limits = { maxFileBytes: 50 * 1_048_576, maxPages: 500, maxImagePixels: 150e6 }

/**
 * A real pool that counts the images it is asked to read, so a second pass shows: `calls` all of
 * them, `bands` the first readings of bands (not the second readings of ink they left unread).
 */
function counted(languages: readonly string[]) {
  const pool = createOcrPool(languages, 2)
  const engine: OcrEngine & { calls: number; bands: number } = {
    calls: 0,
    bands: 0,
    concurrency: pool.concurrency,
    recognize(input) {
      engine.calls++
      if (!input.singleBlock) engine.bands++
      return pool.recognize(input)
    },
    terminate: () => pool.terminate(),
  }
  return engine
}

const eng = counted(['eng'])
const others = new Map<string, ReturnType<typeof counted>>()
const engineFor = (languages: readonly string[]) => {
  const key = languages.join('+')
  if (!others.has(key)) others.set(key, counted(languages))
  return others.get(key)!
}
afterAll(() => Promise.all([eng, ...others.values()].map((e) => e.terminate())))

const texts = (page: PageWords | undefined) => page?.words.map((w) => w.text) ?? []

describe('OCR language detection on the bundled scans', () => {
  it('reads the French scan again in French: accents the English pass gets wrong come out right', async () => {
    const bytes = sample('07-transports-lemoinard-scan.pdf')
    const engOnly = await readDocument(bytes, { ocr: eng, limits })
    const detected = await readDocument(bytes, { ocr: eng, languages: ['eng'], engineFor, limits })
    expect(engOnly.pages[0]?.ocrLanguages).toBe('eng')
    expect(detected.pages[0]?.ocrLanguages).toBe('fra+eng')
    // "Règlement" (payment terms line): English data reads the grave accent as an acute one.
    expect(texts(engOnly.pages[0])).not.toContain('Règlement')
    expect(texts(detected.pages[0])).toContain('Règlement')
    expect(others.get('fra+eng')?.calls).toBeGreaterThan(0)
  })

  it('decides from the first band: with every worker busy, a French scan reads only that band in English', async () => {
    // `counted` engines have no idle(): to the page they look busy, as in a full queue.
    const bytes = sample('07-transports-lemoinard-scan.pdf')
    let before = eng.calls
    await readDocument(bytes, { ocr: eng, limits })
    const wholePageInEnglish = eng.calls - before
    expect(wholePageInEnglish).toBeGreaterThan(1)
    before = eng.calls
    const detected = await readDocument(bytes, { ocr: eng, languages: ['eng'], engineFor, limits })
    expect(detected.pages[0]?.ocrLanguages).toBe('fra+eng')
    expect(eng.calls - before).toBeLessThan(wholePageInEnglish)
  })

  it('reads the other bands beside the first one while workers are idle, and still settles on French', async () => {
    const bytes = sample('07-transports-lemoinard-scan.pdf')
    const idle = { ...eng, idle: () => true, recognize: eng.recognize }
    let before = eng.bands
    await readDocument(bytes, { ocr: eng, limits })
    const bandsOfThePage = eng.bands - before
    expect(bandsOfThePage).toBeGreaterThan(1)
    before = eng.calls
    const detected = await readDocument(bytes, { ocr: idle, languages: ['eng'], engineFor, limits })
    expect(detected.pages[0]?.ocrLanguages).toBe('fra+eng')
    // Every band went out in English at once, and none was read a second time in English.
    expect(eng.calls - before).toBe(bandsOfThePage)
    expect(texts(detected.pages[0])).toContain('Règlement')
  })

  it('reads the German photo again in German: umlauts and ß', async () => {
    const bytes = sample('09-elbwiesen-elektro.jpg')
    const engOnly = await readDocument(bytes, { ocr: eng, limits })
    const before = eng.calls
    const detected = await readDocument(bytes, { ocr: eng, languages: ['eng'], engineFor, limits })
    expect(detected.pages[0]?.ocrLanguages).toBe('deu+eng')
    // One English reading: the first band's, which told German. The ink it left unread (its
    // table's right-hand columns) is read again only in German, with the rest of the page.
    expect(eng.calls - before).toBe(1)
    for (const word of ['Rechnungsempfänger', 'Landstraße']) {
      expect(texts(engOnly.pages[0])).not.toContain(word)
      expect(texts(detected.pages[0])).toContain(word)
    }
  })

  it('reads an English scan once: no second pass, no other engine', async () => {
    const bytes = sample('08-copperbrook-ridge.png')
    const before = eng.calls
    const off = await readDocument(bytes, { ocr: eng, limits })
    const callsOff = eng.calls - before
    const requested = new Set<string>()
    const on = await readDocument(bytes, {
      ocr: eng,
      languages: ['eng'],
      engineFor: (languages) => (requested.add(languages.join('+')), engineFor(languages)),
      limits,
    })
    expect(requested.size).toBe(0)
    expect(eng.calls - before - callsOff).toBe(callsOff)
    expect(texts(on.pages[0])).toEqual(texts(off.pages[0]))
    expect(on.pages[0]?.ocrLanguages).toBe('eng')
  })

  it('returns the language of a text-layer document, with no OCR at all', async () => {
    const before = eng.calls
    const german = await processDocument(sample('06-quellmoor-buerobedarf.pdf'), { ocr: eng, languages: ['eng'], engineFor, limits })
    const french = await processDocument(sample('02-atelier-brumeval.pdf'), { ocr: eng, languages: ['eng'], engineFor, limits })
    const english = await processDocument(sample('04-harrowmere-print.pdf'), { ocr: eng, languages: ['eng'], engineFor, limits })
    expect([german.language, french.language, english.language]).toEqual(['deu', 'fra', 'eng'])
    expect(eng.calls).toBe(before)
  })

  it('serves a stored page only when it was OCRed in the language the document is read in now', async () => {
    const bytes = sample('07-transports-lemoinard-scan.pdf')
    const engPage = (await readDocument(bytes, { ocr: eng, limits })).pages[0]!
    const frenchPage = (await readDocument(bytes, { ocr: eng, languages: ['eng'], engineFor, limits })).pages[0]!
    const withDetection = { ocr: eng, languages: ['eng'], engineFor, limits }

    // Stored from an English-only run: with detection on it is no final answer and is read again.
    const reread = await readDocument(bytes, { ...withDetection, cachedPages: new Map([[1, engPage]]) })
    expect(reread.pages[0]?.ocrLanguages).toBe('fra+eng')
    expect(texts(reread.pages[0])).toContain('Règlement')

    // Stored in French: served as is, nothing OCRed.
    const calls = eng.calls + (others.get('fra+eng')?.calls ?? 0)
    const served = await readDocument(bytes, { ...withDetection, cachedPages: new Map([[1, frenchPage]]) })
    expect(served.pages[0]).toBe(frenchPage)
    expect(eng.calls + (others.get('fra+eng')?.calls ?? 0)).toBe(calls)

    // And with detection off, the French page is not served to an English-only run either.
    const englishRun = await readDocument(bytes, { ocr: eng, limits, cachedPages: new Map([[1, frenchPage]]) })
    expect(englishRun.pages[0]?.ocrLanguages).toBe('eng')
  })
})

describe('the processing queue with detection on (the default)', () => {
  it('stores the detected language on the document and the OCR languages on its pages', async () => {
    const seeds = mkdtempSync(path.join(os.tmpdir(), 'recto-language-seeds-'))
    for (const name of ['07-transports-lemoinard-scan.pdf', '08-copperbrook-ridge.png']) {
      copyFileSync(samplePath(name), path.join(seeds, name))
    }
    const recto = createRecto({ dataDir: mkdtempSync(path.join(os.tmpdir(), 'recto-language-')), seedPaths: [seeds] })
    try {
      await recto.queue.idle()
      const rows = recto.ctx.db
        .prepare(
          `SELECT d.file_name AS name, d.language, p.ocr_languages AS ocrLanguages
           FROM documents d JOIN pages p ON p.document_id = d.id ORDER BY d.file_name`,
        )
        .all()
      expect(rows).toEqual([
        { name: '07-transports-lemoinard-scan.pdf', language: 'fra', ocrLanguages: 'fra+eng' },
        { name: '08-copperbrook-ridge.png', language: 'eng', ocrLanguages: 'eng' },
      ])
      // Region OCR (the review's draw-a-box) reads in the document's language too.
      const french = recto.handlers.listDocuments({}).find((d) => d.fileName.startsWith('07-'))!
      const words = recto.handlers.getPageWords({ documentId: french.id, page: 1 })
      const target = words.find((w) => w.text === 'Règlement')!
      const [x0, y0, x1, y1] = target.bbox
      const box = [x0 - 4, y0 - 4, x1 + 4, y1 + 4] as [number, number, number, number]
      const region = await recto.handlers.ocrRegion({ documentId: french.id, page: 1, bbox: box })
      expect(region.map((w) => w.text)).toContain('Règlement')
    } finally {
      await recto.close()
    }
  })
})

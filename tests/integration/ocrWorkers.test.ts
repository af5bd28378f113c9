import { readFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import type { PageWords } from '../../src/shared/words'
import { createOcrWorkers } from '../../src/main/ingest/ocr/ocrPool'
import { readDocument } from '../../src/main/ingest/readDocument'

const root = path.resolve(import.meta.dirname, '../..')
const sample = (name: string) => new Uint8Array(readFileSync(path.join(root, 'resources/samples', name)))
const limits = { maxFileBytes: 50 * 1_048_576, maxPages: 500, maxImagePixels: 150e6 }
const texts = (page: PageWords | undefined) => page?.words.map((w) => w.text) ?? []

const shared = createOcrWorkers(2)
afterAll(() => shared.terminate())

/** Reads a sample in the given languages on the shared pool. */
const readIn = (name: string, languages: string[]) => readDocument(sample(name), { ocr: shared.engineFor(languages), limits })

describe('one pool of OCR workers for every language', () => {
  it('reads French, then German, then French again, each in its own language', async () => {
    // Words the English data cannot spell (see ingestLanguage.test.ts).
    expect(texts((await readIn('07-transports-lemoinard-scan.pdf', ['fra', 'eng'])).pages[0])).toContain('Règlement')
    const german = texts((await readIn('09-elbwiesen-elektro.jpg', ['deu', 'eng'])).pages[0])
    expect(german).toContain('Rechnungsempfänger')
    expect(german).toContain('Landstraße')
    expect(texts((await readIn('07-transports-lemoinard-scan.pdf', ['fra', 'eng'])).pages[0])).toContain('Règlement')
  }, 120_000)

  it('takes documents in two languages at once and reads each in its own', async () => {
    const [french, german] = await Promise.all([
      readIn('07-transports-lemoinard-scan.pdf', ['fra', 'eng']),
      readIn('09-elbwiesen-elektro.jpg', ['deu', 'eng']),
    ])
    expect(texts(french.pages[0])).toContain('Règlement')
    expect(texts(german.pages[0])).toContain('Landstraße')
  }, 120_000)

  it('reads no band on speculation while another document is in flight', () => {
    const first = shared.forDocument(['eng'])
    expect(first.ocr.idle?.()).toBe(true)
    const second = shared.forDocument(['eng'])
    expect(first.ocr.idle?.()).toBe(false)
    expect(second.engineFor(['fra', 'eng']).idle?.()).toBe(false)
    second.done()
    expect(first.ocr.idle?.()).toBe(true)
    first.done()
  })
})

import { readFileSync } from 'node:fs'
import path from 'node:path'
import sharp from 'sharp'
import { afterAll, describe, expect, it } from 'vitest'
import type { PageWords, Word } from '../../src/shared/words'
import { createOcrPool } from '../../src/main/ingest/ocr/ocrPool'
import { toGrey } from '../../src/main/ingest/ocr/greyImage'
import { measureTextGeometry } from '../../src/main/ingest/ocr/skew'
import { readDocument } from '../../src/main/ingest/readDocument'
import { ocrRegion } from '../../src/main/ingest/regionOcr'
import { openPdf } from '../../src/main/ingest/pdfjsNode'
import { readPageDrawing } from '../../src/main/ingest/pageDrawing'
import {
  mixedTextAndScan,
  scanAsOneBitImage,
  scanOverGarbageText,
  scanWithInvisibleOcrText,
  scanWithPrintedHeader,
  textHiddenUnderImage,
} from '../fixtures/ingest/makePdfs'

const root = path.resolve(import.meta.dirname, '../..')
const sample = (name: string) =>
  new Uint8Array(readFileSync(path.join(root, 'resources/samples', name)))
const ocr = createOcrPool(['eng'], 2)
const limits = { maxFileBytes: 50 * 1_048_576, maxPages: 500, maxImagePixels: 150e6 }
afterAll(() => ocr.terminate())

const read = (bytes: Uint8Array, options: Partial<Parameters<typeof readDocument>[1]> = {}) =>
  readDocument(bytes, { ocr, limits, ...options })

/** Expected values from resources/samples/truth.jsonl. */
const ID_07 = 'TL25007737'
const ID_08 = 'CR-2025-5127'
const ID_09 = '2025/103'

const texts = (page: PageWords | undefined) => page?.words.map((w) => w.text) ?? []
const scan08 = sample('08-copperbrook-ridge.png')
const upright08 = read(scan08)

function findWord(page: PageWords | undefined, text: string): Word | undefined {
  return page?.words.find((w) => w.text.includes(text))
}

function expectInside(page: PageWords) {
  for (const w of page.words) {
    expect(w.bbox[0]).toBeGreaterThanOrEqual(-1)
    expect(w.bbox[1]).toBeGreaterThanOrEqual(-1)
    expect(w.bbox[2]).toBeLessThanOrEqual(page.width + 1)
    expect(w.bbox[3]).toBeLessThanOrEqual(page.height + 1)
  }
}

describe.concurrent('every input kind yields pages with the right source and words', () => {
  it('a scanned PDF is OCRed, boxes in points on the page', async () => {
    const { pages } = await read(sample('07-transports-lemoinard-scan.pdf'))
    expect(pages).toHaveLength(1)
    expect(pages[0]?.source).toBe('ocr')
    expect(pages[0]?.width).toBeCloseTo(595.28, 1)
    expect(findWord(pages[0], ID_07)).toBeDefined()
    expectInside(pages[0]!)
  })

  it('a PNG scan, in pixels', async () => {
    const { kind, pages } = await upright08
    expect(kind).toBe('png')
    expect(pages[0]).toMatchObject({ source: 'ocr', width: 1275, height: 1650, rotation: 0 })
    expect(findWord(pages[0], ID_08)).toBeDefined()
    expectInside(pages[0]!)
  })

  it('a colour JPEG', async () => {
    const { kind, pages } = await read(sample('09-elbwiesen-elektro.jpg'))
    expect(kind).toBe('jpeg')
    expect(pages[0]?.source).toBe('ocr')
    expect(findWord(pages[0], ID_09)).toBeDefined()
  })

  it('a multi-page TIFF, one page per frame, progress per page', async () => {
    const frame = (bytes: Uint8Array) =>
      sharp(bytes)
        .resize(1488, 2105, { fit: 'contain', background: '#ffffff' })
        .greyscale()
        .png()
        .toBuffer()
    const frames = [await frame(scan08), await frame(sample('09-elbwiesen-elektro.jpg'))]
    const tiff = await sharp(frames, { join: { animated: true } })
      .tiff({ compression: 'lzw' })
      .toBuffer()
    const progress: string[] = []
    const onPage = (done: number, total: number) => progress.push(`${done}/${total}`)
    const { kind, pages } = await read(new Uint8Array(tiff), { onPage })
    expect(kind).toBe('tiff')
    expect(pages.map((p) => [p.page, p.source])).toEqual([[1, 'ocr'], [2, 'ocr']])
    expect(findWord(pages[0], ID_08)).toBeDefined()
    expect(findWord(pages[1], ID_09)).toBeDefined()
    expect(progress).toEqual(['1/2', '2/2'])
  })

  it('a WebP', async () => {
    const webp = await sharp(scan08).webp({ quality: 90 }).toBuffer()
    const { kind, pages } = await read(new Uint8Array(webp))
    expect(kind).toBe('webp')
    expect(findWord(pages[0], ID_08)).toBeDefined()
  })

  it('a PDF mixing a text page and a scanned page decides per page', async () => {
    const pdf = await mixedTextAndScan(scan08, [
      'Delivery note DN-77120',
      'Goods received in good order',
      'Signed at the warehouse gate',
      'Checked by the night shift',
    ])
    const { pages } = await read(pdf)
    expect(pages.map((p) => p.source)).toEqual(['text-layer', 'ocr'])
    expect(findWord(pages[0], 'DN-77120')?.confidence).toBe(1)
    expect(findWord(pages[1], ID_08)).toBeDefined()
  })
})

describe.concurrent('a text layer that is present but useless is replaced by OCR', () => {
  it('garbage consonant strings under the scan', async () => {
    const { pages } = await read(await scanOverGarbageText(scan08))
    expect(pages[0]?.source).toBe('ocr')
    expect(findWord(pages[0], ID_08)).toBeDefined()
  })

  it('real text painted over by a full-page image drawn after it', async () => {
    const { pages } = await read(await textHiddenUnderImage(scan08, 'Zanzibarite'))
    expect(pages[0]?.source).toBe('ocr')
    expect(findWord(pages[0], 'Zanzibarite')).toBeUndefined()
    expect(findWord(pages[0], ID_08)).toBeDefined()
  })

  it('a scan with only a header line printed as text', async () => {
    const { pages } = await read(await scanWithPrintedHeader(scan08))
    expect(pages[0]?.source).toBe('ocr')
    // The supplier's name is on the scan only; the printed header says nothing about it.
    expect(findWord(pages[0], 'Copperbrook')).toBeDefined()
  })

  it('but invisible OCR text laid over a scan is used as it is', async () => {
    const words = ['Invoice', ID_08, 'Copperbrook', 'Ridge', 'Supply']
    const { pages } = await read(await scanWithInvisibleOcrText(scan08, words))
    expect(pages[0]?.source).toBe('text-layer')
    expect(findWord(pages[0], ID_08)).toBeDefined()
  })
})

describe.concurrent('a scanned page that is one image is read from its own pixels', () => {
  /** The PNG is a Letter page at 150 dpi: one pixel is 612/1275 of a point. */
  const PT_PER_PX = 612 / 1275

  async function soleImageOf(pdf: Uint8Array) {
    const doc = await openPdf(pdf)
    try {
      return (await readPageDrawing(await doc.getPage(1))).soleImage
    } finally {
      await doc.destroy()
    }
  }

  it('finds the one image of a scanned page, and none where text is printed over the scan', async () => {
    expect(await soleImageOf(sample('07-transports-lemoinard-scan.pdf'))).not.toBeNull()
    expect(await soleImageOf(await scanOverGarbageText(scan08))).not.toBeNull()
    expect(await soleImageOf(await scanWithPrintedHeader(scan08))).toBeNull()
  })

  it('places words from the image where the page shows them', async () => {
    const [{ pages: png }, { pages: pdf }] = await Promise.all([
      upright08,
      read(await scanOverGarbageText(scan08)),
    ])
    expect(pdf[0]).toMatchObject({ source: 'ocr', width: 612, height: 792, rotation: 0 })
    const inPixels = findWord(png[0], ID_08)!.bbox
    const inPoints = findWord(pdf[0], ID_08)!.bbox
    inPixels.forEach((v, i) => expect(Math.abs(inPoints[i]! - v * PT_PER_PX)).toBeLessThan(1.5))
  })

  it('reads a 1-bit (fax-like) scan', async () => {
    const { pages } = await read(await scanAsOneBitImage(scan08))
    expect(pages[0]?.source).toBe('ocr')
    expect(findWord(pages[0], ID_08)).toBeDefined()
    expect(findWord(pages[0], 'Copperbrook')).toBeDefined()
    expectInside(pages[0]!)
  })
})

describe.concurrent('ink no word lies on is read again', () => {
  it('keeps the columns and totals that layout analysis drops from a band of sample 08', async () => {
    // Read in two bands, the lower one loses the items table's right-hand columns and the totals
    // to layout analysis (they come back as a picture); the coverage check reads them again.
    const words = texts((await upright08).pages[0])
    for (const word of ['Amount', '90.96', '$263.21', '$15.79', '$279.00']) expect(words).toContain(word)
  })
})

describe.concurrent('turned and skewed scans', () => {
  it('measures a 5° skew and maps boxes back onto the skewed original', async () => {
    const W = 1275
    const H = 1650
    const skewed = await sharp(scan08).rotate(5, { background: '#ffffff' }).png().toBuffer()
    const geometry = await measureTextGeometry(await toGrey(sharp(skewed)))
    expect(Math.abs(geometry.skew - 5)).toBeLessThan(0.5)
    const [{ pages: straight }, { pages }] = await Promise.all([
      upright08,
      read(new Uint8Array(skewed)),
    ])
    const expected = findWord(straight[0], ID_08)!.bbox
    const found = findWord(pages[0], ID_08)
    expect(found).toBeDefined()
    // Where sharp put the word's centre: turned 5° clockwise about the centre, canvas grown.
    const meta = await sharp(skewed).metadata()
    const t = (5 * Math.PI) / 180
    const cx = (expected[0] + expected[2]) / 2 - W / 2
    const cy = (expected[1] + expected[3]) / 2 - H / 2
    const x = cx * Math.cos(t) - cy * Math.sin(t) + meta.width! / 2
    const y = cx * Math.sin(t) + cy * Math.cos(t) + meta.height! / 2
    expect(Math.abs((found!.bbox[0] + found!.bbox[2]) / 2 - x)).toBeLessThan(6)
    expect(Math.abs((found!.bbox[1] + found!.bbox[3]) / 2 - y)).toBeLessThan(6)
    expect(pages[0]?.rotation).toBe(0)
  })

  it('reads an upside-down scan, reports the turn and keeps boxes on the original', async () => {
    const flipped = await sharp(scan08).rotate(180).png().toBuffer()
    const [{ pages: straight }, { pages }] = await Promise.all([
      upright08,
      read(new Uint8Array(flipped)),
    ])
    expect(pages[0]?.rotation).toBe(180)
    const expected = findWord(straight[0], ID_08)!.bbox
    const found = findWord(pages[0], ID_08)
    expect(found).toBeDefined()
    expect(Math.abs(found!.bbox[0] - (1275 - expected[2]))).toBeLessThan(6)
    expect(Math.abs(found!.bbox[1] - (1650 - expected[3]))).toBeLessThan(6)
  })
})

describe.concurrent('region OCR at high resolution', () => {
  it('finds a known word inside a region of the bundled scanned PDF', async () => {
    const bytes = sample('07-transports-lemoinard-scan.pdf')
    const { pages } = await read(bytes)
    const [x0, y0, x1, y1] = findWord(pages[0], ID_07)!.bbox
    const region: [number, number, number, number] = [x0 - 15, y0 - 8, x1 + 15, y1 + 8]
    const words = await ocrRegion(bytes, 1, region, ocr)
    const found = words.find((w) => w.text.includes(ID_07))
    expect(found).toBeDefined()
    expect(found!.bbox[0]).toBeGreaterThanOrEqual(region[0] - 1)
    expect(found!.bbox[1]).toBeGreaterThanOrEqual(region[1] - 1)
    expect(found!.bbox[2]).toBeLessThanOrEqual(region[2] + 1)
    expect(found!.bbox[3]).toBeLessThanOrEqual(region[3] + 1)
    // Same word, same place, whether read with the page or alone.
    expect(Math.abs(found!.bbox[0] - x0)).toBeLessThan(3)
    expect(Math.abs(found!.bbox[1] - y0)).toBeLessThan(3)
  })

  it('in an image, in pixel units', async () => {
    const { pages } = await upright08
    const [x0, y0, x1, y1] = findWord(pages[0], ID_08)!.bbox
    const words = await ocrRegion(scan08, 1, [x0 - 20, y0 - 10, x1 + 20, y1 + 10], ocr)
    const found = words.find((w) => w.text.includes(ID_08))
    expect(found).toBeDefined()
    // Left and top edges: a page-wide read sometimes stretches a box down onto a table rule.
    expect(Math.abs(found!.bbox[0] - x0)).toBeLessThan(4)
    expect(Math.abs(found!.bbox[1] - y0)).toBeLessThan(4)
  })
})

describe('cancellation', () => {
  it('stops between pages', async () => {
    const cancelled = read(scan08, { isCancelled: () => true })
    await expect(cancelled).rejects.toMatchObject({ code: 'cancelled' })
  })
})

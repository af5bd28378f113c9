import { readFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { RectoError } from '../../src/shared/errors'
import { createOcrPool } from '../../src/main/ingest/ocr/ocrPool'
import { readDocument } from '../../src/main/ingest/readDocument'
import sharp from 'sharp'
import { pdfImageBomb } from '../fixtures/ingest/bombs'
import { noise, pdfWithPages, pngHeaderOnly } from './hostileInput'

const root = path.resolve(import.meta.dirname, '../..')
const sample = (name: string) => new Uint8Array(readFileSync(path.join(root, 'resources/samples', name)))
const ocr = createOcrPool(['eng'], 1)
const limits = { maxFileBytes: 50 * 1_048_576, maxPages: 500, maxImagePixels: 150e6 }
afterAll(() => ocr.terminate())

async function failure(bytes: Uint8Array, options: Partial<Parameters<typeof readDocument>[1]> = {}) {
  try {
    await readDocument(bytes, { ocr, limits, ...options })
  } catch (error) {
    expect(error).toBeInstanceOf(RectoError)
    return error as RectoError
  }
  throw new Error('expected readDocument to fail')
}

describe('bad input gets a clear, specific error', () => {
  it('an empty file', async () => {
    const error = await failure(new Uint8Array())
    expect(error.code).toBe('empty_file')
    expect(error.message).toMatch(/empty/)
  })

  it('random bytes, whatever the file is called', async () => {
    const error = await failure(noise(4096))
    expect(error.code).toBe('unsupported_type')
    expect(error.message).toMatch(/not a PDF, an image/)
  })

  it('a truncated PDF', async () => {
    const whole = sample('01-kranichsteg-feinmechanik.pdf')
    const error = await failure(whole.subarray(0, Math.floor(whole.length / 3)))
    expect(error.code).toBe('corrupt_pdf')
  })

  it('an encrypted PDF says so, and opens with its password', async () => {
    const encrypted = new Uint8Array(readFileSync(path.join(root, 'tests/fixtures/hostile/encrypted.pdf')))
    const error = await failure(encrypted)
    expect(error.code).toBe('encrypted_pdf')
    expect(error.message).toMatch(/encrypted/)
    expect((await failure(encrypted, { password: 'wrong' })).code).toBe('wrong_password')
    const opened = await readDocument(encrypted, { ocr, limits, password: 'secret' })
    expect(opened.pages[0]?.source).toBe('text-layer')
    expect(opened.pages[0]?.words.length).toBeGreaterThan(20)
  })

  it('a PDF over the page limit names the limit', async () => {
    const error = await failure(await pdfWithPages(1200), { limits: { ...limits, maxPages: 1000 } })
    expect(error.code).toBe('too_many_pages')
    expect(error.message).toMatch(/1200 pages, over the limit of 1000 pages/)
  })

  it('a 30000×30000 image is refused before it is decoded', async () => {
    const error = await failure(pngHeaderOnly(30_000, 30_000))
    expect(error.code).toBe('image_too_large')
    expect(error.message).toMatch(/30000×30000 pixels, over the limit of 150 megapixels/)
  })

  it('a file over the size limit names the limit', async () => {
    const error = await failure(noise(3 * 1_048_576), { limits: { ...limits, maxFileBytes: 1_048_576 } })
    expect(error.code).toBe('file_too_large')
    expect(error.message).toMatch(/over the limit of 1\.0 MB/)
  })

  it('a truncated JPEG and a truncated PNG', async () => {
    for (const name of ['09-elbwiesen-elektro.jpg', '08-copperbrook-ridge.png']) {
      const whole = sample(name)
      const error = await failure(whole.subarray(0, Math.floor(whole.length / 2)))
      expect(error.code).toBe('corrupt_image')
      expect(error.message).toMatch(/cannot be decoded/)
    }
  })

  it('a JPEG whose image data is garbage', async () => {
    const whole = sample('09-elbwiesen-elektro.jpg')
    const corrupt = new Uint8Array(whole)
    corrupt.set(noise(20_000, 3), 2_000)
    expect((await failure(corrupt)).code).toBe('corrupt_image')
  })

  it('a multi-page TIFF over the page limit names the limit', async () => {
    const blank = { width: 32, height: 32, channels: 3 as const, background: '#ffffff' }
    const frame = await sharp({ create: blank }).png().toBuffer()
    const frames = Array<Buffer>(12).fill(frame)
    const tiff = await sharp(frames, { join: { animated: true } }).tiff().toBuffer()
    const error = await failure(new Uint8Array(tiff), { limits: { ...limits, maxPages: 10 } })
    expect(error.code).toBe('too_many_pages')
    expect(error.message).toMatch(/12 pages, over the limit of 10 pages/)
  })

  it('a decompression bomb in a PDF image stream is never inflated', async () => {
    const bomb = await pdfImageBomb()
    expect(bomb.length).toBeLessThan(2_000_000)
    const before = process.memoryUsage().rss
    const started = performance.now()
    const { pages } = await readDocument(bomb, { ocr, limits })
    // The 400-megapixel image is over the pixel limit, so pdf.js drops it: an empty page, quickly.
    expect(pages[0]?.words).toEqual([])
    expect(performance.now() - started).toBeLessThan(30_000)
    expect(process.memoryUsage().rss - before).toBeLessThan(300 * 1_048_576)
  })
})


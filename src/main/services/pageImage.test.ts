import sharp from 'sharp'
import { describe, expect, it } from 'vitest'
import { pageImage } from './pageImage'

const LIMIT = 50e6
const GREYS = [250, 170, 90]

/** A three-page TIFF, each page a different grey, as a scanner would write it. */
async function threePageTiff(): Promise<Uint8Array> {
  const pages = await Promise.all(
    GREYS.map((g) =>
      sharp({ create: { width: 300, height: 420, channels: 3, background: { r: g, g, b: g } } }).png().toBuffer(),
    ),
  )
  return new Uint8Array(await sharp(pages, { join: { animated: true } }).tiff().toBuffer())
}

describe('pageImage', () => {
  it('turns each page of a multi-page TIFF into its own PNG', async () => {
    const tiff = { mime: 'image/tiff', bytes: await threePageTiff(), pageCount: 3 }
    for (const [index, grey] of GREYS.entries()) {
      const { mime, bytes } = await pageImage(tiff, index + 1, LIMIT)
      expect(mime).toBe('image/png')
      expect(Buffer.isBuffer(bytes)).toBe(false)
      const meta = await sharp(bytes).metadata()
      expect([meta.format, meta.width, meta.height, meta.pages ?? 1]).toEqual(['png', 300, 420, 1])
      const { channels } = await sharp(bytes).stats()
      expect(channels[0]!.mean).toBeCloseTo(grey, 0)
    }
  })

  it('turns a TIFF page upright by its EXIF orientation, as it was read', async () => {
    const sideways = await sharp({ create: { width: 400, height: 200, channels: 3, background: '#fff' } })
      .tiff()
      .withMetadata({ orientation: 6 })
      .toBuffer()
    const { bytes } = await pageImage({ mime: 'image/tiff', bytes: new Uint8Array(sideways), pageCount: 1 }, 1, LIMIT)
    const meta = await sharp(bytes).metadata()
    expect([meta.width, meta.height]).toEqual([200, 400])
  })

  it('hands a single PNG or JPEG over as stored', async () => {
    const png = new Uint8Array(await sharp({ create: { width: 8, height: 8, channels: 3, background: '#000' } }).png().toBuffer())
    expect(await pageImage({ mime: 'image/png', bytes: png, pageCount: 1 }, 1, LIMIT)).toEqual({ mime: 'image/png', bytes: png })
  })

  it('refuses a page past the end and a document that is not an image', async () => {
    const tiff = { mime: 'image/tiff', bytes: await threePageTiff(), pageCount: 3 }
    await expect(pageImage(tiff, 4, LIMIT)).rejects.toMatchObject({ code: 'not_found' })
    const pdf = { mime: 'application/pdf', bytes: new Uint8Array([37, 80, 68, 70]), pageCount: 1 }
    await expect(pageImage(pdf, 1, LIMIT)).rejects.toMatchObject({ code: 'not_an_image' })
  })

  it('keeps to the pixel limit', async () => {
    const tiff = { mime: 'image/tiff', bytes: await threePageTiff(), pageCount: 3 }
    await expect(pageImage(tiff, 1, 1000)).rejects.toMatchObject({ code: 'image_too_large' })
  })
})

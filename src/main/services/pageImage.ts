import sharp from 'sharp'
import { RectoError } from '../../shared/errors'

/** Formats every browser engine draws itself; anything else (TIFF above all) is converted. */
const SHOWN_AS_IS = new Set(['image/png', 'image/jpeg', 'image/webp'])

export interface StoredImage {
  mime: string
  bytes: Uint8Array
  pageCount: number
}

/**
 * One page of an image document in a form the page view can draw. A single PNG, JPEG or WebP is
 * handed over as stored (the browser turns it upright by EXIF, as sharp did when it was read); a
 * TIFF page, which Chromium cannot draw, becomes a PNG turned upright the same way, so the words'
 * boxes land where they were read.
 */
export async function pageImage(
  image: StoredImage,
  page: number,
  maxPixels: number,
): Promise<{ mime: string; bytes: Uint8Array }> {
  if (!image.mime.startsWith('image/')) {
    throw new RectoError('not_an_image', 'This document is not an image; its pages are drawn from the file.')
  }
  if (page > image.pageCount) {
    throw new RectoError('not_found', `The document has ${image.pageCount} page(s), not ${page}.`)
  }
  if (SHOWN_AS_IS.has(image.mime) && image.pageCount === 1) return { mime: image.mime, bytes: image.bytes }
  const png = await toPng(image.bytes, page, maxPixels)
  // A plain Uint8Array view: a Buffer would serialise itself as JSON numbers on the bridge.
  return { mime: 'image/png', bytes: new Uint8Array(png.buffer, png.byteOffset, png.byteLength) }
}

async function toPng(bytes: Uint8Array, page: number, maxPixels: number): Promise<Buffer> {
  try {
    // Fast compression: the PNG only crosses to the renderer on this machine, so time beats size.
    return await sharp(bytes, { page: page - 1, limitInputPixels: maxPixels })
      .rotate()
      .png({ compressionLevel: 1 })
      .toBuffer()
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    if (/pixel limit/i.test(message)) {
      throw new RectoError('image_too_large', 'The page has more pixels than the limit (Settings → Limits).')
    }
    throw new RectoError('corrupt_image', `The page image cannot be decoded: ${message}`)
  }
}

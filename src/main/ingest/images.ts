import sharp from 'sharp'
import { RectoError } from '../../shared/errors'
import type { GreyImage } from './ocr/greyImage'
import { toGrey } from './ocr/greyImage'

/**
 * Decodes one page of an image file (TIFFs can hold many), turned upright by its EXIF orientation.
 * sharp refuses images over `maxPixels` before decoding them, which stops decompression bombs.
 */
export async function decodeImagePage(
  bytes: Uint8Array,
  pageIndex: number,
  maxPixels: number,
): Promise<GreyImage> {
  try {
    // sharp's default failOn ('warning') refuses truncated data instead of OCRing half a page.
    return await toGrey(sharp(bytes, { page: pageIndex, limitInputPixels: maxPixels }).rotate())
  } catch (error) {
    throw imageError(error, maxPixels)
  }
}

export async function imagePageCount(bytes: Uint8Array, maxPixels: number): Promise<number> {
  try {
    // Reading the header only; the limit is checked here so the message can give the size.
    const meta = await sharp(bytes, { limitInputPixels: false }).metadata()
    const pixels = (meta.width ?? 0) * (meta.height ?? 0)
    if (pixels > maxPixels) throw tooLarge(meta.width ?? 0, meta.height ?? 0, maxPixels)
    return meta.pages ?? 1
  } catch (error) {
    throw imageError(error, maxPixels)
  }
}

function imageError(error: unknown, maxPixels: number): RectoError {
  if (error instanceof RectoError) return error
  const message = error instanceof Error ? error.message : String(error)
  if (/pixel limit/i.test(message)) {
    return new RectoError(
      'image_too_large',
      `The image has more pixels than the limit of ${Math.round(maxPixels / 1e6)} megapixels (Settings → Limits).`,
    )
  }
  return new RectoError('corrupt_image', `The image cannot be decoded: ${message}`)
}

function tooLarge(width: number, height: number, maxPixels: number): RectoError {
  return new RectoError(
    'image_too_large',
    `The image is ${width}×${height} pixels, over the limit of ${Math.round(maxPixels / 1e6)} megapixels (Settings → Limits).`,
  )
}

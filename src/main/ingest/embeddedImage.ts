import sharp from 'sharp'
import type { GreyImage } from './ocr/greyImage'
import { toGrey } from './ocr/greyImage'
import type { PointMap } from './ocr/pointMap'
import type { Matrix } from './pageDrawing'
import type { PdfPage } from './pdfjsNode'

/** pdf.js's decoded image object (`ImageKind`: 1 = 1 bit grey, 2 = RGB, 3 = RGBA). */
interface DecodedImage {
  width: number
  height: number
  kind?: number
  data?: Uint8Array | Uint8ClampedArray
}

const GRAYSCALE_1BPP = 1
const RGB_24BPP = 2
const RGBA_32BPP = 3

/**
 * The pixels of an image the page paints, as pdf.js already decoded them while reading the
 * operator list (so no second decode), in greyscale. Null when pdf.js holds it in a form this
 * does not unpack (an ImageBitmap in a browser-like runtime), so the caller renders instead.
 */
export async function readEmbeddedImage(page: PdfPage, objId: string): Promise<GreyImage | null> {
  const image = await resolvedObject(page, objId)
  const { width, height, kind, data } = image ?? {}
  if (!width || !height || !data) return null
  if (kind === GRAYSCALE_1BPP) return unpackBits(data, width, height)
  const channels = kind === RGB_24BPP ? 3 : kind === RGBA_32BPP ? 4 : 0
  if (channels === 0 || data.length < width * height * channels) return null
  // A view, not a copy: pdf.js keeps the array alive until page.cleanup(), after this returns.
  const pixels = Buffer.from(data.buffer, data.byteOffset, width * height * channels)
  // Transparent parts of a scan show the white page beneath them.
  return toGrey(sharp(pixels, { raw: { width, height, channels } }).flatten({ background: '#ffffff' }))
}

/** How long to wait for pdf.js to finish decoding an image before rendering the page instead. */
const DECODE_WAIT_MS = 20_000

/**
 * pdf.js decodes some images (Flate, JPX) after the operator list is complete and resolves them
 * later; wait for it, but never for ever: a broken image falls back to rendering.
 */
function resolvedObject(page: PdfPage, objId: string): Promise<DecodedImage | null> {
  const objs = objId.startsWith('g_') ? page.commonObjs : page.objs
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(null), DECODE_WAIT_MS)
    objs.get(objId, (image: unknown) => {
      clearTimeout(timer)
      resolve((image as DecodedImage | null) ?? null)
    })
  })
}

/** pdf.js's 1-bit rows are byte-aligned, most significant bit first, 1 = white (as it paints). */
export function unpackBits(data: Uint8Array | Uint8ClampedArray, width: number, height: number): GreyImage {
  const rowBytes = (width + 7) >> 3
  const out = Buffer.alloc(width * height)
  for (let y = 0; y < height; y++) {
    const row = y * rowBytes
    for (let x = 0; x < width; x++) {
      const bit = ((data[row + (x >> 3)] ?? 0) >> (7 - (x & 7))) & 1
      out[y * width + x] = bit ? 255 : 0
    }
  }
  return { data: out, width, height }
}

/**
 * From a pixel of the image to page units: the image's first row is the top of its unit square
 * (v = 1), and `toPage` takes the unit square onto the page.
 */
export function imagePixelToPage(toPage: Matrix, width: number, height: number): PointMap {
  const [a, b, c, d, e, f] = toPage
  return (x, y) => {
    const u = x / width
    const v = 1 - y / height
    return [a * u + c * v + e, b * u + d * v + f]
  }
}

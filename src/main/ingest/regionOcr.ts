import sharp from 'sharp'
import { RectoError } from '../../shared/errors'
import type { BBox } from '../../shared/fields'
import type { Word } from '../../shared/words'
import { sniffFileKind } from './fileKind'
import type { OcrEngine } from './ocr/ocrPool'
import { openPdf } from './pdfjsNode'
import { renderPageToPng } from './rasterize'

/** Pixels per point for a region: small print drawn around a box reads best well above 300 dpi. */
const REGION_SCALE = 6

/**
 * OCRs one rectangle of a page at high resolution and returns its words in page coordinates. The
 * review view's draw-a-box uses it where the page's own OCR misread small or faint text.
 */
export async function ocrRegion(
  bytes: Uint8Array,
  pageNumber: number,
  bbox: BBox,
  ocr: OcrEngine,
  password?: string,
): Promise<Word[]> {
  const [x0, y0, x1, y1] = bbox
  if (!(x1 > x0 && y1 > y0)) throw new RectoError('invalid_region', 'The selected region is empty.')
  const kind = sniffFileKind(bytes)
  if (kind === 'pdf') {
    const doc = await openPdf(bytes, password)
    try {
      if (pageNumber > doc.numPages) throw new RectoError('invalid_region', `There is no page ${pageNumber}.`)
      const page = await doc.getPage(pageNumber)
      const png = await renderPageToPng(page, REGION_SCALE, doc.canvasFactory)
      return recognizeCrop(png, bbox, REGION_SCALE, ocr)
    } finally {
      await doc.destroy()
    }
  }
  if (kind === 'xml') throw new RectoError('invalid_region', 'An XML invoice has no page to read.')
  const upright = await sharp(bytes, { page: pageNumber - 1 }).rotate().greyscale().png().toBuffer()
  return recognizeCrop(upright, bbox, 1, ocr, 3)
}

async function recognizeCrop(
  png: Buffer,
  [x0, y0, x1, y1]: BBox,
  scale: number,
  ocr: OcrEngine,
  upscale = 1,
): Promise<Word[]> {
  const meta = await sharp(png).metadata()
  const left = clamp(Math.floor(x0 * scale), 0, (meta.width ?? 1) - 1)
  const top = clamp(Math.floor(y0 * scale), 0, (meta.height ?? 1) - 1)
  const width = clamp(Math.ceil((x1 - x0) * scale), 1, (meta.width ?? 1) - left)
  const height = clamp(Math.ceil((y1 - y0) * scale), 1, (meta.height ?? 1) - top)
  const crop = await sharp(png)
    .extract({ left, top, width, height })
    .resize({ width: width * upscale })
    // A white margin: tesseract misses text that touches the image edge.
    .extend({ top: 20, bottom: 20, left: 20, right: 20, background: '#ffffff' })
    .png()
    .toBuffer()
  const words = await ocr.recognize({
    image: crop,
    scale: scale * upscale,
    offset: { x: left / scale - 20 / (scale * upscale), y: top / scale - 20 / (scale * upscale) },
  })
  return words
}

function clamp(n: number, min: number, max: number): number {
  return Math.max(min, Math.min(max, n))
}

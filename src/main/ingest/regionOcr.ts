import { RectoError } from '../../shared/errors'
import type { BBox } from '../../shared/fields'
import type { Word } from '../../shared/words'
import { sniffFileKind } from './fileKind'
import { decodeImagePage } from './images'
import type { GreyImage } from './ocr/greyImage'
import { greySharp, toGrey } from './ocr/greyImage'
import type { OcrEngine } from './ocr/ocrPool'
import { compose, scaleMap } from './ocr/pointMap'
import { prepareForOcr } from './ocr/preprocess'
import { openPdf } from './pdfjsNode'
import { renderPageToGrey } from './rasterize'

/** Pixels per point for a region: small print drawn around a box reads best well above 300 dpi. */
const REGION_SCALE = 6
/** White border in pixels: tesseract misses text that touches the image edge. */
const MARGIN = 24
const MAX_IMAGE_PIXELS = 150_000_000

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
  if (kind === 'xml') throw new RectoError('invalid_region', 'An XML invoice has no page to read.')
  if (kind === 'pdf') {
    const doc = await openPdf(bytes, password)
    try {
      if (pageNumber < 1 || pageNumber > doc.numPages) {
        throw new RectoError('invalid_region', `There is no page ${pageNumber}.`)
      }
      const page = await doc.getPage(pageNumber)
      const { width, height } = page.getViewport({ scale: 1 })
      const area = clampRegion(bbox, width, height)
      // Only the region is rendered: a whole A4 page at 6 px/pt would be 18 megapixels.
      const grey = await renderPageToGrey(page, { scale: REGION_SCALE, ...area }, doc.canvasFactory)
      return recognizeRegion(grey, REGION_SCALE, area, ocr)
    } finally {
      await doc.destroy()
    }
  }
  const pageImage = await decodeImagePage(bytes, pageNumber - 1, MAX_IMAGE_PIXELS)
  const area = clampRegion(bbox, pageImage.width, pageImage.height)
  const left = Math.floor(area.x)
  const top = Math.floor(area.y)
  const crop = await toGrey(
    greySharp(pageImage).extract({
      left,
      top,
      width: Math.max(1, Math.min(pageImage.width - left, Math.ceil(area.x + area.width) - left)),
      height: Math.max(1, Math.min(pageImage.height - top, Math.ceil(area.y + area.height) - top)),
    }),
  )
  // Images are in pixels at 72 dpi: one pixel is one page unit.
  return recognizeRegion(crop, 1, { x: left, y: top }, ocr)
}

interface Area {
  x: number
  y: number
  width: number
  height: number
}

function clampRegion([x0, y0, x1, y1]: BBox, pageWidth: number, pageHeight: number): Area {
  const left = Math.max(0, Math.min(x0, pageWidth))
  const top = Math.max(0, Math.min(y0, pageHeight))
  const right = Math.max(left, Math.min(x1, pageWidth))
  const bottom = Math.max(top, Math.min(y1, pageHeight))
  if (right - left < 1 || bottom - top < 1) {
    throw new RectoError('invalid_region', 'The selected region lies outside the page.')
  }
  return { x: left, y: top, width: right - left, height: bottom - top }
}

/** `crop` shows the page from `origin` (page units) at `scale` pixels per unit. */
async function recognizeRegion(
  crop: GreyImage,
  scale: number,
  origin: { x: number; y: number },
  ocr: OcrEngine,
): Promise<Word[]> {
  const margin = { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN }
  const framed = await toGrey(greySharp(crop).extend({ ...margin, background: '#ffffff' }))
  const prepared = await prepareForOcr(framed)
  const toPage = scaleMap(scale, { x: origin.x - MARGIN / scale, y: origin.y - MARGIN / scale })
  return ocr.recognize({ image: prepared.image, scale, toPage: compose(prepared.toSource, toPage) })
}

import sharp from 'sharp'
import type { GreyImage } from './ocr/greyImage'
import { toGrey } from './ocr/greyImage'
import type { PdfPage } from './pdfjsNode'

interface RawCanvas {
  width: number
  height: number
  /** @napi-rs/canvas: the RGBA pixels, without encoding them. */
  data(): Buffer
}

export interface RenderArea {
  scale: number
  /** Top-left of the area in page units; the default renders the whole page. */
  x?: number
  y?: number
  width?: number
  height?: number
}

/**
 * Renders a PDF page (or one area of it) to greyscale pixels at `scale` pixels per point, for OCR.
 * Raw pixels skip a PNG encode and decode that OCR would only undo.
 */
export async function renderPageToGrey(
  page: PdfPage,
  area: RenderArea,
  canvasFactory: unknown,
): Promise<GreyImage> {
  const factory = canvasFactory as {
    create(w: number, h: number): { canvas: RawCanvas; context: unknown }
  }
  const { scale, x = 0, y = 0 } = area
  const viewport = page.getViewport({ scale, offsetX: -x * scale, offsetY: -y * scale })
  const full = page.getViewport({ scale: 1 })
  const width = Math.max(1, Math.ceil((area.width ?? full.width) * scale))
  const height = Math.max(1, Math.ceil((area.height ?? full.height) * scale))
  const { canvas, context } = factory.create(width, height)
  // pdf.js types these as DOM classes; under Node they are @napi-rs/canvas objects.
  const params = { canvasContext: context, canvas, viewport, background: 'white' }
  await page.render(params as unknown as Parameters<PdfPage['render']>[0]).promise
  // canvas.data() points into the canvas's own memory, which is freed when the canvas is
  // collected while sharp still reads it on its thread pool (a segfault): hand sharp a copy.
  const pixels = Buffer.from(canvas.data())
  return toGrey(sharp(pixels, { raw: { width: canvas.width, height: canvas.height, channels: 4 } }))
}

/** Scale for OCR: 300 dpi for an A4/Letter page, less for big pages so pixels stay bounded. */
export function ocrScale(widthPt: number, heightPt: number, maxPixels = 12_000_000): number {
  const target = 300 / 72
  const byArea = Math.sqrt(maxPixels / Math.max(1, widthPt * heightPt))
  return Math.min(target, byArea)
}

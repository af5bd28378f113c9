import sharp from 'sharp'
import type { BBox } from '../../shared/fields'
import { openPdf } from '../ingest/pdfjsNode'
import type { PdfPage } from '../ingest/pdfjsNode'

export type PageSource = 'pdf' | 'image'

/** PDFs are rendered, images converted; e-invoice XML has no pages to show. */
export function pageSourceOf(mime: string): PageSource | null {
  if (mime === 'application/pdf') return 'pdf'
  return mime.startsWith('image/') ? 'image' : null
}

/**
 * Pixel size of a page image at `dpi`. PDF pages are in points (1/72 in). Image pages are measured
 * in pixels already, so they keep their own resolution: shrunk when dpi < 72, never enlarged.
 * Pure, so the formats know image sizes without rendering anything.
 */
export function pageImageSize(source: PageSource, page: { width: number; height: number }, dpi: number): { width: number; height: number } {
  const scale = source === 'pdf' ? dpi / 72 : Math.min(1, dpi / 72)
  const size = (n: number) => Math.max(1, source === 'pdf' ? Math.ceil(n * scale) : Math.round(n * scale))
  return { width: size(page.width), height: size(page.height) }
}

interface PageToRender {
  page: number
  width: number
  height: number
  /** Areas (in page units) painted white: personal data that was removed. */
  redactions: BBox[]
}

/** Renders each page to PNG, one at a time, so a cancel takes effect between pages. */
export async function* renderPageImages(
  bytes: Uint8Array,
  source: PageSource,
  pages: PageToRender[],
  dpi: number,
  signal?: AbortSignal,
): AsyncGenerator<{ page: number; png: Buffer }> {
  if (source === 'image') {
    for (const p of pages) {
      signal?.throwIfAborted()
      yield { page: p.page, png: await convertImagePage(bytes, p, pageImageSize('image', p, dpi)) }
    }
    return
  }
  const doc = await openPdf(bytes)
  try {
    for (const p of pages) {
      signal?.throwIfAborted()
      const page = await doc.getPage(p.page)
      try {
        yield { page: p.page, png: await renderPdfPage(page, p, pageImageSize('pdf', p, dpi), doc.canvasFactory) }
      } finally {
        page.cleanup()
      }
    }
  } finally {
    await doc.destroy()
  }
}

interface NodeCanvas {
  canvas: { toBuffer(mime: 'image/png'): Buffer }
  context: { fillStyle: string; fillRect(x: number, y: number, w: number, h: number): void }
}

async function renderPdfPage(page: PdfPage, p: PageToRender, size: { width: number; height: number }, canvasFactory: unknown): Promise<Buffer> {
  const factory = canvasFactory as { create(w: number, h: number): NodeCanvas }
  const viewport = page.getViewport({ scale: size.width / p.width })
  const { canvas, context } = factory.create(size.width, size.height)
  // pdf.js types these as DOM classes; under Node they are @napi-rs/canvas objects.
  const params = { canvasContext: context, canvas, viewport, background: 'white' }
  await page.render(params as unknown as Parameters<PdfPage['render']>[0]).promise
  const sx = size.width / p.width
  const sy = size.height / p.height
  context.fillStyle = 'white'
  for (const [x0, y0, x1, y1] of p.redactions) context.fillRect(x0 * sx, y0 * sy, (x1 - x0) * sx, (y1 - y0) * sy)
  return canvas.toBuffer('image/png')
}

async function convertImagePage(bytes: Uint8Array, p: PageToRender, size: { width: number; height: number }): Promise<Buffer> {
  // Upright as the words were read (EXIF orientation), then at the export's size.
  let image = sharp(bytes, { page: p.page - 1, limitInputPixels: false }).rotate().resize(size.width, size.height, { fit: 'fill' })
  if (p.redactions.length) {
    // Flattened first so the white boxes land on the resized pixels.
    const flat = await image.png().toBuffer()
    const sx = size.width / p.width
    const sy = size.height / p.height
    const rects = p.redactions
      .map(([x0, y0, x1, y1]) => `<rect x="${x0 * sx}" y="${y0 * sy}" width="${(x1 - x0) * sx}" height="${(y1 - y0) * sy}" fill="white"/>`)
      .join('')
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${size.width}" height="${size.height}">${rects}</svg>`
    image = sharp(flat).composite([{ input: Buffer.from(svg), top: 0, left: 0 }])
  }
  return image.png().toBuffer()
}

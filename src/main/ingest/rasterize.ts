import type { PdfPage } from './pdfjsNode'

/**
 * Renders a PDF page to PNG at `scale` pixels per point, for OCR. The scale puts body text at
 * roughly 300 dpi, where tesseract's LSTM models read best.
 */
export async function renderPageToPng(
  page: PdfPage,
  scale: number,
  canvasFactory: unknown,
): Promise<Buffer> {
  const factory = canvasFactory as {
    create(w: number, h: number): { canvas: { toBuffer(mime: 'image/png'): Buffer }; context: unknown }
  }
  const viewport = page.getViewport({ scale })
  const { canvas, context } = factory.create(Math.ceil(viewport.width), Math.ceil(viewport.height))
  // pdf.js types these as DOM classes; under Node they are @napi-rs/canvas objects.
  const params = { canvasContext: context, canvas, viewport, background: 'white' }
  await page.render(params as unknown as Parameters<PdfPage['render']>[0]).promise
  return canvas.toBuffer('image/png')
}

/** Scale for OCR: 300 dpi for an A4/Letter page, less for big pages so pixels stay bounded. */
export function ocrScale(widthPt: number, heightPt: number, maxPixels = 12_000_000): number {
  const target = 300 / 72
  const byArea = Math.sqrt(maxPixels / Math.max(1, widthPt * heightPt))
  return Math.min(target, byArea)
}

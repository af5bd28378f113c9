/**
 * Renders one PDF page to pixels with pdf.js under Node, the way a scanner would see the printout.
 */
import { createRequire } from 'node:module'
import path from 'node:path'
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'

const require = createRequire(import.meta.url)
const PDFJS_ROOT = path.dirname(require.resolve('pdfjs-dist/package.json'))

interface NodeCanvas {
  width: number
  height: number
  toBuffer(mime: 'image/png'): Buffer
}

interface CanvasFactory {
  create(width: number, height: number): { canvas: NodeCanvas; context: unknown }
}

export interface Raster {
  png: Buffer
  width: number
  height: number
  /** Page size in PDF points, to size the image-only PDF like the original. */
  pointWidth: number
  pointHeight: number
}

export async function rasterizePage(
  pdf: Uint8Array,
  pageNumber: number,
  dpi: number,
): Promise<Raster> {
  const doc = await getDocument({
    // pdf.js takes ownership of (detaches) the buffer it is given.
    data: new Uint8Array(pdf),
    standardFontDataUrl: `${PDFJS_ROOT}/standard_fonts/`,
    cMapUrl: `${PDFJS_ROOT}/cmaps/`,
    wasmUrl: `${PDFJS_ROOT}/wasm/`,
    isEvalSupported: false,
    verbosity: 0,
  }).promise
  try {
    const page = await doc.getPage(pageNumber)
    const base = page.getViewport({ scale: 1 })
    const viewport = page.getViewport({ scale: dpi / 72 })
    const factory = doc.canvasFactory as CanvasFactory
    const width = Math.round(viewport.width)
    const height = Math.round(viewport.height)
    const { canvas, context } = factory.create(width, height)
    await page.render({
      canvasContext: context as never,
      viewport,
      canvas: canvas as never,
    }).promise
    return {
      png: canvas.toBuffer('image/png'),
      width: canvas.width,
      height: canvas.height,
      pointWidth: base.width,
      pointHeight: base.height,
    }
  } finally {
    await doc.destroy()
  }
}

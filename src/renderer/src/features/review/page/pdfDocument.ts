import type { PDFDocumentLoadingTask, PDFDocumentProxy, PDFWorker } from 'pdfjs-dist'
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url'

/**
 * pdf.js's fonts, CMaps, ICC profiles and wasm decoders, copied beside index.html by the build
 * (see src/renderer/README.md). Absolute URLs, since the worker resolves relative ones against
 * its own script, not the page.
 */
function assetUrl(folder: string): string {
  return new URL(`./pdfjs/${folder}/`, document.baseURI).href
}

type PdfJs = typeof import('pdfjs-dist')

let ready: Promise<{ pdfjs: PdfJs; worker: PDFWorker }> | null = null

/**
 * pdf.js and one worker for every document. Loading the library and starting its worker (1.2 MB
 * of script to compile) took most of a document's opening time when each document started its
 * own; now it happens once, while the clerk is still looking at the queue.
 */
export function warmPdfJs(): Promise<{ pdfjs: PdfJs; worker: PDFWorker }> {
  ready ??= import('pdfjs-dist').then((pdfjs) => {
    pdfjs.GlobalWorkerOptions.workerSrc = workerUrl
    const worker = new pdfjs.PDFWorker()
    return worker.promise.then(() => ({ pdfjs, worker }))
  })
  ready.catch(() => (ready = null))
  return ready
}

/** `password`: an encrypted PDF's, which main holds in memory for the session once it was given. */
export async function loadPdf(bytes: Uint8Array, password?: string): Promise<PDFDocumentLoadingTask> {
  const { pdfjs, worker } = await warmPdfJs()
  // Destroying a document leaves a worker it was handed running, for the next one.
  return pdfjs.getDocument({
    data: bytes,
    ...(password !== undefined ? { password } : {}),
    worker,
    isEvalSupported: false,
    // pdf.js looks the 14 standard fonts up among the system's fonts for every document, which
    // took ~80 ms per opening on Linux; its own copies (standardFontDataUrl) are read at once.
    useSystemFonts: false,
    standardFontDataUrl: assetUrl('standard_fonts'),
    cMapUrl: assetUrl('cmaps'),
    cMapPacked: true,
    iccUrl: assetUrl('iccs'),
    wasmUrl: assetUrl('wasm'),
  })
}

/**
 * Draws the first page once on a tiny canvas that is never shown. The worker builds the page's
 * drawing commands and its fonts load now, while the review view is still being laid out; the
 * visible render then reuses both (pdf.js keeps them per page) and runs in one go instead of
 * waiting a frame for each chunk that arrives from the worker.
 */
export async function warmFirstPage(pdf: PDFDocumentProxy): Promise<void> {
  const page = await pdf.getPage(1)
  const viewport = page.getViewport({ scale: 32 / page.getViewport({ scale: 1 }).width })
  const canvas = document.createElement('canvas')
  canvas.width = Math.max(1, Math.ceil(viewport.width))
  canvas.height = Math.max(1, Math.ceil(viewport.height))
  await page.render({ canvas, viewport }).promise
}

export function isRenderCancel(error: unknown): boolean {
  return error instanceof Error && error.name === 'RenderingCancelledException'
}

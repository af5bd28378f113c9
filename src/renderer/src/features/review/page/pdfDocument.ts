import type { PDFDocumentLoadingTask } from 'pdfjs-dist'
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url'

/**
 * pdf.js's fonts, CMaps, ICC profiles and wasm decoders, copied beside index.html by the build
 * (see src/renderer/README.md). Absolute URLs, since the worker resolves relative ones against
 * its own script, not the page.
 */
function assetUrl(folder: string): string {
  return new URL(`./pdfjs/${folder}/`, document.baseURI).href
}

/** pdf.js is loaded on first use, so the queue starts without it. */
export async function loadPdf(bytes: Uint8Array): Promise<PDFDocumentLoadingTask> {
  const pdfjs = await import('pdfjs-dist')
  pdfjs.GlobalWorkerOptions.workerSrc = workerUrl
  return pdfjs.getDocument({
    data: bytes,
    isEvalSupported: false,
    standardFontDataUrl: assetUrl('standard_fonts'),
    cMapUrl: assetUrl('cmaps'),
    cMapPacked: true,
    iccUrl: assetUrl('iccs'),
    wasmUrl: assetUrl('wasm'),
  })
}

export function isRenderCancel(error: unknown): boolean {
  return error instanceof Error && error.name === 'RenderingCancelledException'
}

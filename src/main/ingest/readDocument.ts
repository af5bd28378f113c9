import { RectoError } from '../../shared/errors'
import type { PageWords } from '../../shared/words'
import { sniffFileKind, MIME_OF } from './fileKind'
import type { FileKind } from './fileKind'
import { decodeImagePage, imagePageCount } from './images'
import type { OcrEngine } from './ocr/ocrPool'
import { readPdfAttachments } from './attachments'
import type { FileAttachment } from './attachments'
import { openPdf } from './pdfjsNode'
import { hasPageCoveringImage, pageGeometry, readTextLayer } from './pdfPages'
import { ocrScale, renderPageToPng } from './rasterize'
import { assessTextLayer } from './textLayer'

export interface ReadLimits {
  maxFileBytes: number
  maxPages: number
  maxImagePixels: number
}

export interface ReadOptions {
  ocr: OcrEngine
  limits: ReadLimits
  password?: string
  /** Pages already read for this file (by hash), so a page is never OCRed twice. */
  cachedPages?: ReadonlyMap<number, PageWords>
  onPage?: (done: number, total: number) => void
  /** Checked between pages; throwing from it (or returning true) cancels. */
  isCancelled?: () => boolean
}

export interface ReadDocumentResult {
  kind: FileKind
  mime: string
  pages: PageWords[]
  /** Embedded files (a Factur-X PDF's XML); for an XML file, the file itself. */
  attachments: FileAttachment[]
}

/** Bytes in, words with boxes per page out: text layer where it is usable, OCR elsewhere. */
export async function readDocument(bytes: Uint8Array, options: ReadOptions): Promise<ReadDocumentResult> {
  const { limits } = options
  if (bytes.length > limits.maxFileBytes) {
    throw new RectoError(
      'file_too_large',
      `The file is ${megabytes(bytes.length)} MB, over the limit of ${megabytes(limits.maxFileBytes)} MB (Settings → Limits).`,
    )
  }
  const kind = sniffFileKind(bytes)
  if (kind === 'xml') {
    return { kind, mime: MIME_OF[kind], pages: [], attachments: [{ name: 'invoice.xml', mime: MIME_OF[kind], content: bytes }] }
  }
  if (kind === 'pdf') return { kind, mime: MIME_OF[kind], ...(await readPdf(bytes, options)) }
  return { kind, mime: MIME_OF[kind], pages: await readImage(bytes, options), attachments: [] }
}

async function readPdf(
  bytes: Uint8Array,
  options: ReadOptions,
): Promise<{ pages: PageWords[]; attachments: FileAttachment[] }> {
  const doc = await openPdf(bytes, options.password)
  try {
    const total = doc.numPages
    if (total > options.limits.maxPages) {
      throw new RectoError(
        'too_many_pages',
        `The PDF has ${total} pages, over the limit of ${options.limits.maxPages} pages (Settings → Limits).`,
      )
    }
    const pages: PageWords[] = []
    for (let n = 1; n <= total; n++) {
      checkCancelled(options)
      const cached = options.cachedPages?.get(n)
      pages.push(cached ?? (await readPdfPage(doc, n, options)))
      options.onPage?.(n, total)
    }
    return { pages, attachments: await readPdfAttachments(doc) }
  } finally {
    await doc.destroy()
  }
}

async function readPdfPage(
  doc: Awaited<ReturnType<typeof openPdf>>,
  n: number,
  options: ReadOptions,
): Promise<PageWords> {
  const page = await doc.getPage(n)
  try {
    const geometry = pageGeometry(page)
    const textWords = await readTextLayer(page)
    const verdict = assessTextLayer(textWords, await hasPageCoveringImage(page))
    if (verdict.usable) return { page: n, ...geometry, source: 'text-layer', words: textWords }
    const scale = ocrScale(geometry.width, geometry.height)
    const image = await renderPageToPng(page, scale, doc.canvasFactory)
    const words = await options.ocr.recognize({ image, scale })
    return { page: n, ...geometry, source: 'ocr', words }
  } finally {
    page.cleanup()
  }
}

async function readImage(bytes: Uint8Array, options: ReadOptions): Promise<PageWords[]> {
  const max = options.limits.maxImagePixels
  const total = await imagePageCount(bytes, max)
  if (total > options.limits.maxPages) {
    throw new RectoError(
      'too_many_pages',
      `The image has ${total} pages, over the limit of ${options.limits.maxPages} pages (Settings → Limits).`,
    )
  }
  const pages: PageWords[] = []
  for (let i = 0; i < total; i++) {
    checkCancelled(options)
    const n = i + 1
    const cached = options.cachedPages?.get(n)
    if (cached) {
      pages.push(cached)
    } else {
      const decoded = await decodeImagePage(bytes, i, max)
      const words = await options.ocr.recognize({ image: decoded.png, scale: 1 })
      // Images are measured in pixels at 72 dpi, so a pixel is a point (FIELDS.md).
      pages.push({ page: n, width: decoded.width, height: decoded.height, rotation: 0, source: 'ocr', words })
    }
    options.onPage?.(n, total)
  }
  return pages
}

function checkCancelled(options: ReadOptions): void {
  if (options.isCancelled?.()) throw new RectoError('cancelled', 'Processing was cancelled.')
}

function megabytes(bytes: number): string {
  return (bytes / 1_048_576).toFixed(bytes < 10_485_760 ? 1 : 0)
}

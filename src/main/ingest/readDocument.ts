import { RectoError } from '../../shared/errors'
import type { PageWords } from '../../shared/words'
import { sniffFileKind, MIME_OF } from './fileKind'
import type { FileKind } from './fileKind'
import { decodeImagePage, imagePageCount } from './images'
import type { OcrEngine } from './ocr/ocrPool'
import { readPdfAttachments } from './attachments'
import type { FileAttachment } from './attachments'
import { openPdf } from './pdfjsNode'
import { ocrPage } from './ocr/ocrPage'
import { scaleMap } from './ocr/pointMap'
import { readPagesInOrder } from './pageQueue'
import { imagePixelToPage, readEmbeddedImage } from './embeddedImage'
import { readPageDrawing } from './pageDrawing'
import type { PageDrawing } from './pageDrawing'
import { pageGeometry, readTextLayer } from './pdfPages'
import type { PdfDocument, PdfPage } from './pdfjsNode'
import { ocrScale, renderPageToGrey } from './rasterize'
import { assessTextLayer } from './textLayer'
import { createDocumentLanguage } from './documentLanguage'
import type { DocumentLanguage } from './documentLanguage'

export interface ReadLimits {
  maxFileBytes: number
  maxPages: number
  maxImagePixels: number
}

export interface ReadOptions {
  ocr: OcrEngine
  /** The languages `ocr` reads (default `['eng']`); recorded on OCR pages, see documentLanguage. */
  languages?: readonly string[]
  /** Given when the language is detected: an engine for the languages detection chose. */
  engineFor?: (languages: readonly string[]) => OcrEngine
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
  const doc = await openPdf(bytes, options.password, options.limits.maxImagePixels)
  try {
    const total = doc.numPages
    if (total > options.limits.maxPages) {
      throw new RectoError(
        'too_many_pages',
        `The PDF has ${total} pages, over the limit of ${options.limits.maxPages} pages (Settings → Limits).`,
      )
    }
    const language = documentLanguage(options)
    const pages = await readPagesInOrder(
      total,
      async (n) => (await stored(n, language, options)) ?? (await readPdfPage(doc, n, language)),
      queueOptions(options),
    )
    return { pages, attachments: await readPdfAttachments(doc) }
  } finally {
    await doc.destroy()
  }
}

async function readPdfPage(doc: PdfDocument, n: number, language: DocumentLanguage): Promise<PageWords> {
  const page = await doc.getPage(n)
  try {
    const geometry = pageGeometry(page)
    const textWords = await readTextLayer(page)
    const drawing = await readPageDrawing(page)
    const verdict = assessTextLayer(textWords, drawing, geometry)
    if (verdict.usable) {
      language.noteTextLayer(textWords)
      return { page: n, ...geometry, source: 'text-layer', words: textWords }
    }
    const { grey, toPage } = await pageImageForOcr(doc, page, drawing)
    const read = await language.read((ocr, settle) => ocrPage(grey, toPage, ocr, settle))
    // Boxes stay on the page as shown; rotation adds the turn OCR needed to the page's own.
    const rotation = (geometry.rotation + read.rotation) % 360
    return { page: n, ...geometry, rotation, source: 'ocr', words: read.words, ocrLanguages: read.ocrLanguages }
  } finally {
    page.cleanup()
  }
}

/**
 * A scanned page that is one upright image is read from that image's own pixels: rendering it
 * would cost a full pdf.js render and resample the scan before OCR resamples it again. Any other
 * page is rendered at OCR resolution.
 */
async function pageImageForOcr(doc: PdfDocument, page: PdfPage, drawing: PageDrawing) {
  const sole = drawing.soleImage
  const embedded = sole && (await readEmbeddedImage(page, sole.objId))
  if (sole && embedded) {
    return { grey: embedded, toPage: imagePixelToPage(sole.toPage, embedded.width, embedded.height) }
  }
  const { width, height } = page.getViewport({ scale: 1 })
  const scale = ocrScale(width, height)
  return { grey: await renderPageToGrey(page, { scale }, doc.canvasFactory), toPage: scaleMap(scale) }
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
  const language = documentLanguage(options)
  return readPagesInOrder(
    total,
    async (n) => {
      const cached = await stored(n, language, options)
      if (cached) return cached
      const grey = await decodeImagePage(bytes, n - 1, max)
      // Images are measured in pixels at 72 dpi, so a pixel is a point (FIELDS.md).
      const read = await language.read((ocr, settle) => ocrPage(grey, scaleMap(1), ocr, settle))
      const { width, height } = grey
      const { rotation, words, ocrLanguages } = read
      return { page: n, width, height, rotation, source: 'ocr', words, ocrLanguages }
    },
    queueOptions(options),
  )
}

function documentLanguage(options: ReadOptions): DocumentLanguage {
  const { ocr, languages = ['eng'], engineFor } = options
  return createDocumentLanguage({ ocr, languages, ...(engineFor ? { engineFor } : {}) })
}

/** A page already read for this file, when it may stand for this run (not OCRed in another language). */
async function stored(n: number, language: DocumentLanguage, options: ReadOptions): Promise<PageWords | null> {
  const page = options.cachedPages?.get(n)
  return page && (await language.acceptsStored(page)) ? page : null
}

function queueOptions(options: ReadOptions) {
  const { ocr, onPage, isCancelled } = options
  return { concurrency: ocr.concurrency, onPage, isCancelled }
}

function megabytes(bytes: number): string {
  return (bytes / 1_048_576).toFixed(bytes < 10_485_760 ? 1 : 0)
}

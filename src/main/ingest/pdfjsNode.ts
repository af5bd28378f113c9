import { createRequire } from 'node:module'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { RectoError } from '../../shared/errors'

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs')
export type PdfDocument = Awaited<ReturnType<PdfJs['getDocument']>['promise']>
export type PdfPage = Awaited<ReturnType<PdfDocument['getPage']>>

const require = createRequire(import.meta.url)
const pdfjsRoot = path.dirname(require.resolve('pdfjs-dist/package.json'))

let pdfjs: Promise<PdfJs> | null = null

/** pdf.js's legacy build is the one that runs under Node; loaded once, lazily. */
export function loadPdfJs(): Promise<PdfJs> {
  pdfjs ??= import(pathToFileURL(path.join(pdfjsRoot, 'legacy/build/pdf.mjs')).href) as Promise<PdfJs>
  return pdfjs
}

/**
 * Opens a PDF with everything read from the installed package (fonts, CMaps, wasm) so that nothing
 * is fetched, and with eval off. pdf.js's own errors become messages a clerk can act on.
 */
export async function openPdf(
  bytes: Uint8Array,
  password?: string,
  maxImagePixels = 150_000_000,
): Promise<PdfDocument> {
  const { getDocument } = await loadPdfJs()
  const dir = (name: string) => path.join(pdfjsRoot, name) + path.sep
  const task = getDocument({
    // pdf.js detaches the buffer it is given; keep the caller's bytes intact.
    data: bytes.slice(),
    password,
    standardFontDataUrl: dir('standard_fonts'),
    cMapUrl: dir('cmaps'),
    cMapPacked: true,
    wasmUrl: dir('wasm'),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
    // An image stream announcing more pixels than this (a decompression bomb) is dropped unread.
    maxImageSize: maxImagePixels,
  })
  try {
    return await task.promise
  } catch (error) {
    throw pdfError(error)
  }
}

function pdfError(error: unknown): RectoError {
  const name = (error as { name?: string } | null)?.name
  const message = error instanceof Error ? error.message : String(error)
  if (name === 'PasswordException') {
    const wrong = (error as { code?: number }).code === 2
    return new RectoError(
      wrong ? 'wrong_password' : 'encrypted_pdf',
      wrong
        ? 'The password for this encrypted PDF is wrong.'
        : 'This PDF is encrypted: enter its password to open it.',
    )
  }
  if (name === 'InvalidPDFException') {
    return new RectoError('corrupt_pdf', `This PDF is damaged and cannot be read (${message}).`)
  }
  return new RectoError('corrupt_pdf', `This PDF cannot be read: ${message}`)
}

import { RectoError } from '../../shared/errors'

export type FileKind = 'pdf' | 'png' | 'jpeg' | 'tiff' | 'webp' | 'xml'

export const MIME_OF: Record<FileKind, string> = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpeg: 'image/jpeg',
  tiff: 'image/tiff',
  webp: 'image/webp',
  xml: 'application/xml',
}

/**
 * Decides what a file is from its bytes, never from its name: a `.pdf` of random bytes must fail
 * as "not a document", and a scan saved as `.bin` should still be read.
 */
export function sniffFileKind(bytes: Uint8Array): FileKind {
  if (bytes.length === 0) throw new RectoError('empty_file', 'The file is empty (0 bytes).')
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024))
  if (head.includes('%PDF-')) return 'pdf'
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47])) return 'png'
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg'
  if (startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) || startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a])) {
    return 'tiff'
  }
  if (head.startsWith('RIFF') && head.slice(8, 12) === 'WEBP') return 'webp'
  const trimmed = head.replace(/^\uFEFF/, '').trimStart()
  if (trimmed.startsWith('<?xml') || /^<([A-Za-z_][\w.-]*:)?(Invoice|CrossIndustryInvoice)\b/.test(trimmed)) {
    return 'xml'
  }
  throw new RectoError(
    'unsupported_type',
    'This file is not a PDF, an image (PNG, JPEG, TIFF, WebP) or an e-invoice XML.',
  )
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b)
}

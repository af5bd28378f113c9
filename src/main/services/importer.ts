import { createHash } from 'node:crypto'
import { readdirSync, readFileSync, statSync, writeFileSync, existsSync } from 'node:fs'
import path from 'node:path'
import type { ImportResult } from '../../shared/documents'
import { findDocumentBySha, insertDocument } from '../db/repositories/documents'
import type { ServiceContext } from './context'

export interface IncomingFile {
  name: string
  bytes: Uint8Array
  originalPath: string | null
}

/**
 * Stores each file once by content hash and queues it. A bad file (empty, corrupt, not a document)
 * is still stored and queued: processing fails it with its reason, so it shows in the queue
 * instead of vanishing.
 */
export function importFiles(ctx: ServiceContext, files: IncomingFile[], result = emptyResult()): ImportResult {
  for (const file of files) {
    const label = file.originalPath ?? file.name
    const sha256 = createHash('sha256').update(file.bytes).digest('hex')
    const existing = findDocumentBySha(ctx.db, sha256)
    if (existing) {
      result.duplicates.push({ path: label, id: existing.id })
      continue
    }
    const storedName = sha256 + extensionOf(file.name)
    const stored = path.join(ctx.filesDir, storedName)
    if (!existsSync(stored)) writeFileSync(stored, file.bytes)
    const id = insertDocument(ctx.db, {
      sha256,
      fileName: file.name,
      originalPath: file.originalPath,
      storedName,
      mime: 'application/octet-stream',
      sizeBytes: file.bytes.length,
    })
    result.added.push({ path: label, id })
  }
  return result
}

/** Files and folders (recursively, in a stable order); unreadable paths are reported, not thrown. */
export function importPaths(ctx: ServiceContext, paths: string[]): ImportResult {
  const result = emptyResult()
  const files: IncomingFile[] = []
  for (const p of paths) collect(p, files, result)
  return importFiles(ctx, files, result)
}

/** Inside folders only these are picked up; a file named explicitly is always tried. */
const DOCUMENT_EXTENSIONS = /\.(pdf|png|jpe?g|tiff?|webp|xml)$/i

function collect(p: string, files: IncomingFile[], result: ImportResult, inFolder = false): void {
  try {
    const stat = statSync(p)
    if (stat.isDirectory()) {
      for (const entry of readdirSync(p).sort()) {
        if (!entry.startsWith('.')) collect(path.join(p, entry), files, result, true)
      }
    } else if (!inFolder || DOCUMENT_EXTENSIONS.test(p)) {
      files.push({ name: path.basename(p), bytes: readFileSync(p), originalPath: p })
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    const reason =
      code === 'ENOENT'
        ? 'the file does not exist'
        : code === 'EACCES' || code === 'EPERM'
          ? 'permission denied'
          : code === 'EISDIR'
            ? 'it is a folder'
            : (error as Error).message
    result.failed.push({ path: p, error: `Cannot read ${p}: ${reason}.` })
  }
}

function extensionOf(name: string): string {
  const ext = path.extname(name).toLowerCase()
  return /^\.[a-z0-9]{1,5}$/.test(ext) ? ext : ''
}

function emptyResult(): ImportResult {
  return { added: [], duplicates: [], failed: [] }
}

import path from 'node:path'
import { fileURLToPath } from 'node:url'

/** Where the app's own pages come from: the built renderer folder, or the dev server in development. */
export interface AppLocation {
  rendererDir: string
  devServerUrl?: string
}

/**
 * True only for the app's own pages and assets. A file URL must resolve inside the renderer
 * folder (so `file:///etc/passwd` or a `..` escape is foreign), and a dev-server URL must have the
 * dev server's exact origin (so `http://localhost:51730` or `http://localhost:5173.evil.test` is
 * foreign, which a prefix test would let through).
 */
export function isAppUrl(url: string, location: AppLocation): boolean {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return false
  }
  if (parsed.protocol === 'file:') return isInside(location.rendererDir, fileURLToPath(parsed))
  if (!location.devServerUrl) return false
  return parsed.origin === new URL(location.devServerUrl).origin
}

/**
 * What the app's pages may load besides their own files: memory-only URLs the page made itself
 * (pdf.js renders through blob and data URLs) and Chromium's devtools. Everything else, every
 * network scheme included, is foreign.
 */
export function isAllowedRequest(url: string, location: AppLocation): boolean {
  return /^(blob|data|devtools):/i.test(url) || isAppUrl(url, location)
}

function isInside(dir: string, file: string): boolean {
  const relative = path.relative(path.resolve(dir), path.resolve(file))
  return relative !== '' && relative.split(path.sep)[0] !== '..' && !path.isAbsolute(relative)
}

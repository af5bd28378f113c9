import type { PDFDocumentLoadingTask, PDFDocumentProxy } from 'pdfjs-dist'
import type { RectoApi } from '../../../../../shared/ipc/contract'

/** A document's pages, ready to draw: a parsed PDF, page images fetched on demand, or nothing. */
export type DocumentPages =
  | { kind: 'pdf'; pdf: PDFDocumentProxy }
  | { kind: 'image'; pageUrl: (page: number) => Promise<string> }
  | { kind: 'none'; message: string }

export interface PageSourceCache {
  /** Starts loading a document's pages, or hands back the load already under way or done. */
  load(documentId: number, mime: string): Promise<DocumentPages>
  /** The same, for a document the clerk will probably open next; a failure stays silent. */
  prefetch(documentId: number, mime: string, page?: number): void
}

export interface PageSourceDeps {
  api: Pick<RectoApi, 'getDocumentFile' | 'getPageImage'>
  openPdf: (bytes: Uint8Array, password?: string) => Promise<PDFDocumentLoadingTask>
  /** Prepares the first page's drawing ahead of the visible render (see warmFirstPage). */
  warmPdf?: (pdf: PDFDocumentProxy) => Promise<void>
  makeUrl: (blob: Blob) => string
  revokeUrl: (url: string) => void
  /** Documents kept: the open one, the one prefetched next, and a couple the clerk went back to. */
  capacity?: number
}

interface Entry {
  pages: Promise<DocumentPages>
  release: () => void
}

/**
 * Keeps the last few documents' pages loaded, so that opening one starts drawing at once: the
 * file is fetched and parsed while main still answers for the fields, or before the clerk even
 * asks (prefetch). Stored files never change (they are named by hash), so nothing goes stale;
 * the least recently used document is released when the cache is full.
 */
export function createPageSourceCache(deps: PageSourceDeps): PageSourceCache {
  const capacity = deps.capacity ?? 4
  const entries = new Map<number, Entry>()

  const load = (documentId: number, mime: string): Promise<DocumentPages> => {
    const known = entries.get(documentId)
    if (known) {
      entries.delete(documentId)
      entries.set(documentId, known)
      return known.pages
    }
    const entry = start(documentId, mime)
    entries.set(documentId, entry)
    // A failed load is forgotten so that the next attempt tries again.
    entry.pages.catch(() => entries.get(documentId) === entry && entries.delete(documentId))
    for (const [id, old] of entries) {
      if (entries.size <= capacity) break
      entries.delete(id)
      old.release()
    }
    return entry.pages
  }

  const start = (documentId: number, mime: string): Entry => {
    if (mime === 'application/pdf') return startPdf(documentId)
    if (mime.startsWith('image/')) return startImages(documentId)
    const message = 'This document has no page to show (structured data).'
    return { pages: Promise.resolve({ kind: 'none', message }), release: () => {} }
  }

  const startPdf = (documentId: number): Entry => {
    let task: PDFDocumentLoadingTask | null = null
    let released = false
    const pages = (async (): Promise<DocumentPages> => {
      const { bytes, password } = await deps.api.getDocumentFile({ documentId })
      if (released) throw new Error('released')
      task = await deps.openPdf(bytes, password)
      if (released) void task.destroy()
      const pdf = await task.promise
      // Only a head start: a page that fails here fails again, visibly, when it is drawn.
      await (deps.warmPdf ?? ((p: PDFDocumentProxy) => p.getPage(1)))(pdf).catch(() => {})
      return { kind: 'pdf', pdf }
    })()
    const release = () => {
      released = true
      void task?.destroy()
    }
    return { pages, release }
  }

  const startImages = (documentId: number): Entry => {
    const urls = new Map<number, Promise<string>>()
    const made: string[] = []
    let released = false
    const pageUrl = (page: number) => {
      const known = urls.get(page)
      if (known) return known
      const pending = deps.api.getPageImage({ documentId, page }).then(({ mime, bytes }) => {
        if (released) throw new Error('released')
        const url = deps.makeUrl(new Blob([bytes.slice()], { type: mime }))
        made.push(url)
        return url
      })
      urls.set(page, pending)
      pending.catch(() => urls.get(page) === pending && urls.delete(page))
      return pending
    }
    const release = () => {
      released = true
      made.forEach(deps.revokeUrl)
    }
    return { pages: Promise.resolve({ kind: 'image', pageUrl }), release }
  }

  return {
    load,
    prefetch: (documentId, mime, page = 1) => {
      load(documentId, mime)
        .then((pages) => (pages.kind === 'image' ? pages.pageUrl(page) : null))
        .catch(() => {})
    },
  }
}

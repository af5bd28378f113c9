import { useEffect, useState } from 'react'
import type { PDFDocumentProxy } from 'pdfjs-dist'
import { markOpenStep } from '../../../lib/openTiming'
import { useRecto } from '../../../store'
import { errorMessage } from '../../../store/navSlice'
import { isPasswordError } from './pdfErrors'

export type PageSource =
  | { kind: 'loading' }
  | { kind: 'pdf'; pdf: PDFDocumentProxy }
  | { kind: 'image'; url: string }
  | { kind: 'none'; message: string }
  | { kind: 'error'; message: string }
  /** An encrypted PDF whose password main does not hold this session (Recto was restarted). */
  | { kind: 'locked' }

interface Loaded {
  documentId: number
  /** The page an image belongs to; a PDF serves every page. */
  page: number | null
  source: PageSource
}

/**
 * What to draw for one page of the open document: its parsed PDF, or the page's image (a TIFF
 * page converted by main). Loading usually began when the document was asked for, or earlier
 * (prefetch); the cache in the store keeps it for later visits.
 */
export function usePageSource(documentId: number, mime: string, page: number, attempt = 0): PageSource {
  const loadPages = useRecto((s) => s.loadPages)
  const [loaded, setLoaded] = useState<Loaded | null>(null)

  useEffect(() => {
    let current = true
    const show = (source: PageSource, forPage: number | null) => {
      if (current) setLoaded({ documentId, page: forPage, source })
    }
    loadPages(documentId, mime)
      .then(async (pages) => {
        markOpenStep(documentId, 'pages')
        if (pages.kind === 'pdf') return show({ kind: 'pdf', pdf: pages.pdf }, null)
        if (pages.kind === 'none') return show(pages, null)
        show({ kind: 'image', url: await pages.pageUrl(page) }, page)
      })
      .catch((error: unknown) =>
        show(isPasswordError(error) ? { kind: 'locked' } : { kind: 'error', message: errorMessage(error) }, page),
      )
    return () => {
      current = false
    }
  }, [documentId, mime, page, loadPages, attempt])

  const fits = loaded?.documentId === documentId && (loaded.page === null || loaded.page === page)
  return fits ? loaded.source : { kind: 'loading' }
}

import type { BBox } from '../../../shared/fields'
import type { RectoApi } from '../../../shared/ipc/contract'
import type { Word } from '../../../shared/words'
import { likelyNextToReview } from '../features/review/likelyNext'
import { nextRotation } from '../features/review/page/geometry'
import { createPageSourceCache } from '../features/review/page/pageSourceCache'
import type { DocumentPages } from '../features/review/page/pageSourceCache'
import { loadPdf, warmFirstPage } from '../features/review/page/pdfDocument'
import type { Rotation } from '../features/review/page/geometry'
import { readingOrder, wordsInBox } from '../features/review/page/selectWords'
import { markOpenStep, markPaintedAfterFrame } from '../lib/openTiming'
import type { SliceCreator } from './types'

/** The page side of the review view: which page, how it is shown, and its words. */
export interface PageSlice {
  page: number
  zoom: number | 'fit'
  rotation: Rotation
  /** Words of the open document's pages, fetched once per page. */
  words: Record<number, Word[]>
  setPage: (page: number) => void
  setZoom: (zoom: number | 'fit') => void
  rotate: () => void
  loadWords: (page: number) => Promise<void>
  /**
   * A document's pages ready to draw (parsed PDF or page images), from a small cache outside the
   * store's state: pdf.js holds the parsed documents, the browser the image blobs.
   */
  loadPages: (documentId: number, mime: string) => Promise<DocumentPages>
  /** The open page is on screen: time it, then load what the clerk will likely want next. */
  notePagePainted: (page: number) => void
  /** Words inside a rectangle: from the text layer, or read again by OCR on scanned pages. */
  readRegion: (page: number, bbox: BBox) => Promise<Word[]>
  /** Gives main an encrypted PDF's password for this session; false (and a message) if it is wrong. */
  unlockDocument: (documentId: number, password: string) => Promise<boolean>
}

export const createPageSlice =
  (api: RectoApi): SliceCreator<PageSlice> =>
  (set, get) => {
    const openId = () => get().detail?.document.id ?? null
    const pageSources = createPageSourceCache({
      api,
      openPdf: loadPdf,
      warmPdf: warmFirstPage,
      makeUrl: (blob) => URL.createObjectURL(blob),
      revokeUrl: (url) => URL.revokeObjectURL(url),
    })

    return {
      page: 1,
      zoom: 'fit',
      rotation: 0,
      words: {},
      setPage: (page) => {
        const count = get().detail?.pages.length ?? 1
        const next = Math.min(Math.max(1, page), Math.max(1, count))
        set({ page: next })
        void get().loadWords(next)
      },
      setZoom: (zoom) => set({ zoom }),
      unlockDocument: async (documentId, password) => {
        try {
          await api.unlockDocument({ documentId, password })
          return true
        } catch (error) {
          get().reportError(error)
          return false
        }
      },
      rotate: () => set({ rotation: nextRotation(get().rotation) }),
      loadWords: async (page) => {
        const documentId = openId()
        if (documentId === null || get().words[page]) return
        try {
          const words = await api.getPageWords({ documentId, page })
          if (openId() === documentId) set({ words: { ...get().words, [page]: words } })
        } catch (error) {
          if (openId() === documentId) get().reportError(error)
        }
      },
      loadPages: (documentId, mime) => pageSources.load(documentId, mime),
      notePagePainted: (page) => {
        const detail = get().detail
        if (!detail) return
        const { id, mime } = detail.document
        markOpenStep(id, 'drawn')
        markPaintedAfterFrame(id)
        // Only once the page is out, so that loading ahead never slows what the clerk waits for.
        if (page < detail.pages.length) pageSources.prefetch(id, mime, page + 1)
        const next = likelyNextToReview(get().documents, id)
        if (next) pageSources.prefetch(next.id, next.mime)
      },
      readRegion: async (page, bbox) => {
        const detail = get().detail
        if (!detail) return []
        if (detail.pages.find((p) => p.page === page)?.source !== 'ocr') {
          return wordsInBox(get().words[page] ?? [], bbox)
        }
        try {
          const words = await api.ocrRegion({ documentId: detail.document.id, page, bbox })
          return readingOrder(words)
        } catch (error) {
          get().reportError(error)
          return []
        }
      },
    }
  }

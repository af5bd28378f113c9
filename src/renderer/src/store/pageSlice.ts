import type { BBox } from '../../../shared/fields'
import type { RectoApi, ResponseOf } from '../../../shared/ipc/contract'
import type { Word } from '../../../shared/words'
import { nextRotation } from '../features/review/page/geometry'
import type { Rotation } from '../features/review/page/geometry'
import { readingOrder, wordsInBox } from '../features/review/page/selectWords'
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
  /** The original file; not kept in the store, pdf.js and <img> hold on to it. */
  readDocumentFile: (documentId: number) => Promise<ResponseOf<'getDocumentFile'>>
  /** Words inside a rectangle: from the text layer, or read again by OCR on scanned pages. */
  readRegion: (page: number, bbox: BBox) => Promise<Word[]>
}

export const createPageSlice =
  (api: RectoApi): SliceCreator<PageSlice> =>
  (set, get) => {
    const openId = () => get().detail?.document.id ?? null

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
      readDocumentFile: (documentId) => api.getDocumentFile({ documentId }),
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

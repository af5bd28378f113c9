import type {
  DocumentStatus,
  DocumentSummary,
  ImportResult,
  ProgressEvent,
} from '../../../shared/documents'
import type { RectoApi } from '../../../shared/ipc/contract'
import { importBatches } from '../features/queue/queueModel'
import type { PendingFile, QueueSort } from '../features/queue/queueModel'
import { createFrameBatch } from '../lib/frameBatch'
import type { SliceCreator } from './types'

export interface QueueSlice {
  documents: DocumentSummary[]
  /** When the list was read; ages in the queue count from here, not from each render. */
  listedAt: number
  queueLoaded: boolean
  statusFilter: DocumentStatus[]
  search: string
  sort: QueueSort
  progress: ProgressEvent | null
  importing: boolean
  lastImport: ImportResult | null
  /** The document last opened, so the queue can bring its row back into view. */
  lastOpenedId: number | null
  refreshDocuments: () => Promise<void>
  /** Coalesces refresh requests (typing, event bursts) into one per frame. */
  scheduleRefresh: () => void
  setStatusFilter: (statuses: DocumentStatus[]) => void
  setSearch: (search: string) => void
  setSort: (sort: QueueSort) => void
  importFiles: (files: readonly PendingFile[]) => Promise<void>
  cancelProcessing: () => Promise<void>
  retryDocument: (documentId: number, password?: string) => Promise<boolean>
  applyProgress: (event: ProgressEvent) => void
}

export const createQueueSlice =
  (api: RectoApi): SliceCreator<QueueSlice> =>
  (set, get) => {
    // Answers can overtake each other (typing in the search box); only the newest may land.
    let requestSeq = 0
    const scheduleRefresh = createFrameBatch<void>(() => void get().refreshDocuments())

    return {
      documents: [],
      listedAt: 0,
      queueLoaded: false,
      statusFilter: [],
      search: '',
      sort: 'age',
      progress: null,
      importing: false,
      lastImport: null,
      lastOpenedId: null,

      refreshDocuments: async () => {
        const seq = ++requestSeq
        const { statusFilter, search } = get()
        try {
          const documents = await api.listDocuments({
            status: statusFilter.length > 0 ? statusFilter : undefined,
            search: search.trim() || undefined,
          })
          if (seq === requestSeq) set({ documents, listedAt: Date.now(), queueLoaded: true })
        } catch (error) {
          if (seq === requestSeq) get().reportError(error)
        }
      },
      scheduleRefresh: () => scheduleRefresh(),
      setStatusFilter: (statusFilter) => {
        set({ statusFilter })
        get().scheduleRefresh()
      },
      setSearch: (search) => {
        set({ search })
        get().scheduleRefresh()
      },
      setSort: (sort) => set({ sort }),

      importFiles: async (files) => {
        if (files.length === 0) return
        set({ importing: true })
        const total: ImportResult = { added: [], duplicates: [], failed: [] }
        try {
          for (const batch of importBatches(files)) {
            const loaded = await Promise.all(
              batch.map(async (file) => ({ name: file.name, bytes: await file.read() })),
            )
            const result = await api.importFiles({ files: loaded })
            total.added.push(...result.added)
            total.duplicates.push(...result.duplicates)
            total.failed.push(...result.failed)
          }
        } catch (error) {
          get().reportError(error)
        } finally {
          set({ importing: false, lastImport: total })
          void get().refreshDocuments()
        }
      },
      cancelProcessing: async () => {
        try {
          const { cancelled } = await api.cancelProcessing({})
          get().showNotice('info', `Cancelled ${cancelled} document${cancelled === 1 ? '' : 's'}.`)
        } catch (error) {
          get().reportError(error)
        }
      },
      retryDocument: async (documentId, password) => {
        try {
          const updated = await api.retryDocument({ documentId, password })
          set({ documents: get().documents.map((d) => (d.id === updated.id ? updated : d)) })
          return true
        } catch (error) {
          get().reportError(error)
          return false
        }
      },
      applyProgress: (progress) => set({ progress }),
    }
  }

import type { ExportProgress, ExportSummary } from '../../../shared/exports'
import type { RectoApi, RequestOf } from '../../../shared/ipc/contract'
import type { RectoStore } from './createStore'
import type { SliceCreator } from './types'

export interface ExportSlice {
  exportOpen: boolean
  exportRunning: boolean
  exportProgress: ExportProgress | null
  exportSummary: ExportSummary | null
  exportError: string | null
  setExportOpen: (open: boolean) => void
  startExport: (request: RequestOf<'exportTrainingSet'>) => Promise<void>
  cancelExport: () => Promise<void>
  applyExportProgress: (progress: ExportProgress) => void
}

export const createExportSlice =
  (api: RectoApi): SliceCreator<ExportSlice> =>
  (set, get) => ({
    exportOpen: false,
    exportRunning: false,
    exportProgress: null,
    exportSummary: null,
    exportError: null,
    setExportOpen: (exportOpen) => {
      // A running export goes on behind a closed dialog; reopening shows where it is.
      if (exportOpen && !get().exportRunning) {
        set({ exportSummary: null, exportError: null, exportProgress: null })
      }
      set({ exportOpen })
    },
    startExport: async (request) => {
      set({ exportRunning: true, exportSummary: null, exportError: null, exportProgress: null })
      try {
        set({ exportSummary: await api.exportTrainingSet(request) })
      } catch (error) {
        set({ exportError: error instanceof Error ? error.message : 'The export failed.' })
      } finally {
        set({ exportRunning: false })
      }
    },
    cancelExport: async () => {
      try {
        await api.cancelExport({})
      } catch (error) {
        get().reportError(error)
      }
    },
    applyExportProgress: (exportProgress) => set({ exportProgress }),
  })

/** Export progress is pushed by main while `exportTrainingSet` is still answering. */
export function connectExportEvents(api: RectoApi, store: RectoStore): () => void {
  return api.on('exportProgress', (progress) => store.getState().applyExportProgress(progress))
}

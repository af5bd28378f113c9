import type { AuditEntry, AuditPage } from '../../../shared/documents'
import type { RectoApi } from '../../../shared/ipc/contract'
import { EMPTY_AUDIT_FILTER, toAuditRequest } from '../features/audit/auditModel'
import type { AuditFilterValues } from '../features/audit/auditModel'
import type { SliceCreator } from './types'

export const AUDIT_PAGE_SIZE = 200

export interface AuditSlice {
  auditFilter: AuditFilterValues
  audit: AuditPage | null
  auditOffset: number
  auditLoading: boolean
  /** The open document's own log, for its history dialog. */
  history: AuditEntry[] | null
  historyOpen: boolean
  setAuditFilter: (change: Partial<AuditFilterValues>) => void
  loadAudit: (offset?: number) => Promise<void>
  setHistoryOpen: (open: boolean) => void
}

export const createAuditSlice =
  (api: RectoApi): SliceCreator<AuditSlice> =>
  (set, get) => {
    // Typing in the search box sends a request per key; only the newest answer may land.
    let seq = 0

    return {
      auditFilter: EMPTY_AUDIT_FILTER,
      audit: null,
      auditOffset: 0,
      auditLoading: false,
      history: null,
      historyOpen: false,
      setAuditFilter: (change) => {
        set({ auditFilter: { ...get().auditFilter, ...change } })
        void get().loadAudit(0)
      },
      loadAudit: async (offset = get().auditOffset) => {
        const request = toAuditRequest(get().auditFilter)
        if (!request) return
        const mine = ++seq
        set({ auditLoading: true })
        try {
          const audit = await api.listAudit({ ...request, limit: AUDIT_PAGE_SIZE, offset })
          if (mine === seq) set({ audit, auditOffset: offset })
        } catch (error) {
          if (mine === seq) get().reportError(error)
        } finally {
          if (mine === seq) set({ auditLoading: false })
        }
      },
      setHistoryOpen: (historyOpen) => {
        set({ historyOpen, history: null })
        const documentId = get().detail?.document.id
        if (!historyOpen || documentId === undefined) return
        api.listAudit({ documentId, limit: 5000 }).then(
          ({ entries }) => {
            const stillOpen = get().historyOpen && get().detail?.document.id === documentId
            if (stillOpen) set({ history: entries })
          },
          (error: unknown) => get().reportError(error),
        )
      },
    }
  }

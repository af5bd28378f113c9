import type { SliceCreator } from './types'

export type View =
  | { name: 'queue' }
  | { name: 'review'; documentId: number }
  | { name: 'audit' }
  | { name: 'metrics' }

/** The views reached from the header rather than by opening a document. */
export type PlainView = Exclude<View, { name: 'review' }>['name']

export interface Notice {
  id: number
  tone: 'error' | 'info'
  text: string
}

export interface NavSlice {
  view: View
  settingsOpen: boolean
  notice: Notice | null
  setSettingsOpen: (open: boolean) => void
  /** Leaves the review (saving its drafts) for the queue, the edit log or the metrics. */
  showView: (name: PlainView) => Promise<void>
  showNotice: (tone: Notice['tone'], text: string) => void
  dismissNotice: () => void
  /** Shows a failure to the clerk; RectoErrors carry a message written for them. */
  reportError: (error: unknown) => void
}

let noticeId = 0

export const createNavSlice: SliceCreator<NavSlice> = (set, get) => ({
  view: { name: 'queue' },
  settingsOpen: false,
  notice: null,
  setSettingsOpen: (settingsOpen) => set({ settingsOpen }),
  showView: async (name) => {
    if (get().view.name === 'review') await get().closeReview()
    set({ view: { name } })
    // Each view reads fresh numbers when shown; SQLite, not the store, is the source of truth.
    if (name === 'queue') void get().refreshDocuments()
    if (name === 'audit') void get().loadAudit(0)
    if (name === 'metrics') void get().loadMetrics()
  },
  showNotice: (tone, text) => set({ notice: { id: ++noticeId, tone, text } }),
  dismissNotice: () => set({ notice: null }),
  reportError: (error) => get().showNotice('error', errorMessage(error)),
})

/**
 * The message to show. Main words its errors for the clerk; across Electron's contextBridge they
 * arrive as plain Errors (the code does not survive the copy), so any Error's message is shown.
 */
export function errorMessage(error: unknown): string {
  if (error instanceof Error && error.message) return error.message
  return 'Something went wrong.'
}

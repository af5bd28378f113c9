import type { SliceCreator } from './types'

export type View = { name: 'queue' } | { name: 'review'; documentId: number }

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

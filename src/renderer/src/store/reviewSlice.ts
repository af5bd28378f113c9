import type { DocumentDetail } from '../../../shared/documents'
import type { RectoApi } from '../../../shared/ipc/contract'
import { fieldStateOf } from '../features/review/form/formModel'
import { initialField, stepField } from '../features/review/form/navigation'
import { sameField } from '../lib/fieldRef'
import { markOpenRequested, markOpenStep } from '../lib/openTiming'
import type { FieldRef } from '../lib/fieldRef'
import { createMutationQueue } from './mutationQueue'
import { errorMessage } from './navSlice'
import { createReviewEdits } from './reviewEdits'
import type { ReviewEditActions, Draft, FieldEdit } from './reviewEdits'
import { flaggedIdsOf, orderOf } from './selectors'
import type { SliceCreator } from './types'

export interface ReviewSlice extends ReviewEditActions {
  detail: DocumentDetail | null
  reviewError: string | null
  /** The field the clerk is on; kept when focus moves to the page, so clicks can fill it. */
  focused: FieldRef | null
  /** Asks the form to move DOM focus; `seq` makes a repeated request for one field count. */
  focusRequest: { ref: FieldRef; seq: number } | null
  drafts: Record<string, Draft>
  /** Writes under way, for the status line. */
  saving: number
  undoStack: FieldEdit[]
  redoStack: FieldEdit[]
  shortcutsOpen: boolean
  openDocument: (documentId: number) => Promise<void>
  closeReview: () => Promise<void>
  /** Re-reads the open document after main changed it, unless a write of ours is under way. */
  reloadDocument: () => Promise<void>
  focusField: (ref: FieldRef) => void
  requestFocus: (ref: FieldRef | null) => void
  /** Enter on a field: save or accept it, then go to the next flagged field. */
  enterField: (ref: FieldRef) => Promise<void>
  /** Moves on to the next flagged field, unless the clerk has already gone elsewhere. */
  advanceFrom: (ref: FieldRef) => void
  setShortcutsOpen: (open: boolean) => void
}

let focusSeq = 0

export const createReviewSlice =
  (api: RectoApi): SliceCreator<ReviewSlice> =>
  (set, get) => {
    const mutations = createMutationQueue((delta) => set({ saving: get().saving + delta }))
    const isOpen = (documentId: number) => {
      const { view } = get()
      return view.name === 'review' && view.documentId === documentId
    }

    return {
      detail: null,
      reviewError: null,
      focused: null,
      focusRequest: null,
      drafts: {},
      saving: 0,
      undoStack: [],
      redoStack: [],
      shortcutsOpen: false,
      ...createReviewEdits(api, set, get, mutations),

      openDocument: async (documentId) => {
        markOpenRequested(documentId)
        // The file is fetched and parsed while main answers for the fields, not after.
        const known = get().documents.find((d) => d.id === documentId)
        if (known) get().loadPages(documentId, known.mime).catch(() => {})
        if (get().detail) await get().flushDrafts()
        set({
          view: { name: 'review', documentId },
          lastOpenedId: documentId,
          detail: null,
          reviewError: null,
          focused: null,
          focusRequest: null,
          drafts: {},
          undoStack: [],
          redoStack: [],
          page: 1,
          rotation: 0,
          words: {},
          shortcutsOpen: false,
        })
        try {
          const detail = await api.getDocument({ documentId })
          if (!isOpen(documentId)) return
          markOpenStep(documentId, 'detail')
          const first = initialField(orderOf(detail), flaggedIdsOf(detail))
          const page = (first && fieldStateOf(detail, first)?.page) || 1
          set({ detail, page })
          get().requestFocus(first)
          void get().loadWords(page)
        } catch (error) {
          if (isOpen(documentId)) set({ reviewError: errorMessage(error) })
        }
      },

      closeReview: async () => {
        await get().flushDrafts()
        set({ view: { name: 'queue' }, detail: null, focused: null, drafts: {}, words: {} })
        void get().refreshDocuments()
      },

      reloadDocument: async () => {
        const current = get().detail
        if (!current || get().saving > 0) return
        const epoch = mutations.epoch()
        try {
          const detail = await api.getDocument({ documentId: current.document.id })
          if (isOpen(detail.document.id) && mutations.epoch() === epoch && get().saving === 0) {
            set({ detail })
          }
        } catch (error) {
          get().reportError(error)
        }
      },

      focusField: (ref) => {
        const state = fieldStateOf(get().detail, ref)
        set({ focused: ref })
        if (state?.bbox && state.page !== get().page) get().setPage(state.page)
      },
      requestFocus: (ref) => set({ focusRequest: ref ? { ref, seq: ++focusSeq } : null }),
      enterField: async (ref) => {
        if (await get().commitField(ref, 'enter')) get().advanceFrom(ref)
      },
      advanceFrom: (ref) => {
        const detail = get().detail
        // The clerk may have moved on while the save was under way; focus then stays with them.
        if (!detail || !sameField(get().focused, ref)) return
        const next = stepField(orderOf(detail), ref, 1, { stops: flaggedIdsOf(detail), wrap: true })
        if (next) get().requestFocus(next)
      },
      setShortcutsOpen: (shortcutsOpen) => set({ shortcutsOpen }),
    }
  }

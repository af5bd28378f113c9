import type { DocumentDetail, FieldState } from '../../../shared/documents'
import type { BBox } from '../../../shared/fields'
import type { RectoApi } from '../../../shared/ipc/contract'
import { fieldStateOf } from '../features/review/form/formModel'
import { fieldId } from '../lib/fieldRef'
import type { FieldRef } from '../lib/fieldRef'
import type { MutationQueue } from './mutationQueue'
import type { RectoState } from './types'

/** Typing in a field that is not saved yet. */
export interface Draft {
  ref: FieldRef
  text: string
}

/** What a correction writes; page and bbox say where on the page the value was taken from. */
export interface FieldChange {
  value: string
  raw?: string
  page?: number
  bbox?: BBox | null
}

/** One step of the undo history: a field's value before and after a correction. */
export interface FieldEdit {
  ref: FieldRef
  before: FieldChange
  after: FieldChange
}

export interface ReviewEditActions {
  setDraft: (ref: FieldRef, text: string) => void
  /**
   * Saves a field: its changed draft as a correction; with `enter` an unchanged field is
   * accepted as it stands. Resolves false when the write failed (the draft is kept).
   */
  commitField: (ref: FieldRef, mode: 'enter' | 'leave') => Promise<boolean>
  /** Writes every changed draft; false when one of them failed. */
  flushDrafts: () => Promise<boolean>
  /** A value picked on the page (click, shift-click, rectangle). */
  fillField: (ref: FieldRef, change: Required<FieldChange>) => Promise<boolean>
  undo: () => Promise<void>
  redo: () => Promise<void>
  addLine: () => Promise<void>
  deleteLine: (line: number) => Promise<void>
  confirm: () => Promise<void>
  reject: (reason: string) => Promise<boolean>
  addComment: (text: string) => Promise<boolean>
  reopen: () => Promise<void>
}

type Set = (partial: Partial<RectoState>) => void
type Get = () => RectoState

export function createReviewEdits(
  api: RectoApi,
  set: Set,
  get: Get,
  mutations: MutationQueue,
): ReviewEditActions {
  // Values on their way to main, so a blur right after Enter does not send them twice.
  const inFlight = new Map<string, string>()

  const documentId = () => get().detail?.document.id ?? null
  const apply = (detail: DocumentDetail) => {
    if (documentId() === detail.document.id) set({ detail })
  }
  const dropDraft = (id: string, ifText?: string) => {
    const { [id]: draft, ...rest } = get().drafts
    if (draft && (ifText === undefined || draft.text === ifText)) set({ drafts: rest })
  }
  /** Runs a write in order; failures reach the clerk and resolve to null. */
  const write = async <T>(task: (id: number) => Promise<T>): Promise<T | null> => {
    const id = documentId()
    if (id === null) return null
    try {
      return await mutations.run(() => task(id))
    } catch (error) {
      get().reportError(error)
      return null
    }
  }

  const correct = async (ref: FieldRef, change: FieldChange, record: boolean) => {
    const id = fieldId(ref)
    const before = snapshot(fieldStateOf(get().detail, ref))
    inFlight.set(id, change.value)
    const detail = await write((documentId) =>
      api.updateField({ documentId, key: ref.key, line: ref.line, action: 'correct', ...change }),
    )
    if (inFlight.get(id) === change.value) inFlight.delete(id)
    if (!detail) return false
    apply(detail)
    dropDraft(id, change.value)
    if (record) {
      set({ undoStack: [...get().undoStack, { ref, before, after: change }], redoStack: [] })
    }
    return true
  }

  const replay = async (from: 'undoStack' | 'redoStack') => {
    const to = from === 'undoStack' ? 'redoStack' : 'undoStack'
    const edit = get()[from].at(-1)
    if (!edit) return
    set({ [from]: get()[from].slice(0, -1) })
    get().requestFocus(edit.ref)
    const ok = await correct(edit.ref, from === 'undoStack' ? edit.before : edit.after, false)
    // The step moves to the other stack only once main has it, so a failure loses nothing.
    if (ok) set({ [to]: [...get()[to], edit] })
    else set({ [from]: [...get()[from], edit] })
  }

  const leave = async (next: Promise<{ nextDocumentId: number | null } | null>) => {
    const result = await next
    if (!result) return false
    if (result.nextDocumentId !== null) await get().openDocument(result.nextDocumentId)
    else await get().closeReview()
    return true
  }

  return {
    setDraft: (ref, text) => set({ drafts: { ...get().drafts, [fieldId(ref)]: { ref, text } } }),

    commitField: async (ref, mode) => {
      const id = fieldId(ref)
      const state = fieldStateOf(get().detail, ref)
      const draft = get().drafts[id]
      if (draft && draft.text !== (state?.value ?? '')) {
        if (inFlight.get(id) === draft.text) return true
        return correct(ref, { value: draft.text }, true)
      }
      if (draft) dropDraft(id)
      // An empty field has nothing to accept; Enter just moves on.
      if (mode === 'leave' || !state) return true
      const detail = await write((documentId) =>
        api.updateField({ documentId, key: ref.key, line: ref.line, action: 'accept' }),
      )
      if (detail) apply(detail)
      return detail !== null
    },

    flushDrafts: async () => {
      const drafts = Object.values(get().drafts)
      const results = await Promise.all(drafts.map((d) => get().commitField(d.ref, 'leave')))
      return results.every(Boolean)
    },

    fillField: (ref, change) => {
      set({ drafts: { ...get().drafts, [fieldId(ref)]: { ref, text: change.value } } })
      return correct(ref, change, true)
    },

    undo: () => replay('undoStack'),
    redo: () => replay('redoStack'),

    addLine: async () => {
      const detail = await write((documentId) => api.addLineItem({ documentId }))
      if (!detail) return
      apply(detail)
      const last = Math.max(0, ...detail.lineItems.map((i) => i.line))
      if (last > 0) get().requestFocus({ key: 'description', line: last })
    },
    deleteLine: async (line) => {
      const detail = await write((documentId) => api.deleteLineItem({ documentId, line }))
      if (!detail) return
      apply(detail)
      // The line's history cannot be replayed onto a line that is gone.
      const keep = (e: FieldEdit) => e.ref.line !== line
      set({ undoStack: get().undoStack.filter(keep), redoStack: get().redoStack.filter(keep) })
    },

    confirm: async () => {
      if (!(await get().flushDrafts())) return
      await leave(write((documentId) => api.confirmDocument({ documentId })))
    },
    reject: async (reason) => {
      if (!(await get().flushDrafts())) return false
      return leave(write((documentId) => api.rejectDocument({ documentId, reason })))
    },
    addComment: async (text) => {
      const detail = await write((documentId) => api.addComment({ documentId, text }))
      if (detail) apply(detail)
      return detail !== null
    },
    reopen: async () => {
      const detail = await write((documentId) => api.reopenDocument({ documentId }))
      if (detail) apply(detail)
    },
  }
}

function snapshot(state: FieldState | null): FieldChange {
  if (!state) return { value: '' }
  return { value: state.value, raw: state.raw, page: state.page, bbox: state.bbox }
}

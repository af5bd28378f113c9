import { describe, expect, it } from 'vitest'
import type { DocumentDetail, FieldState } from '../../../shared/documents'
import { METHOD_NAMES } from '../../../shared/ipc/contract'
import type { RectoApi, RequestOf } from '../../../shared/ipc/contract'
import { createRectoStore } from './createStore'
import { documentSummary } from '../test/documentSummary'

const field = (key: FieldState['key'], value: string, needsReview: boolean): FieldState => ({
  key,
  line: 0,
  value,
  raw: value,
  confidence: needsReview ? 0.4 : 0.95,
  page: 1,
  bbox: [10, 10, 50, 20],
  source: 'text-layer',
  status: 'extracted',
  needsReview,
})

/** An in-memory main for one document, recording every updateField call. */
function fakeMain() {
  const calls: RequestOf<'updateField'>[] = []
  let detail: DocumentDetail = {
    document: documentSummary(7, {
      sha256: 'x',
      fileName: 'a.pdf',
      invoiceId: 'INV-1',
      totalAmount: '10.00',
      currency: 'EUR',
      flaggedCount: 1,
      minConfidence: 0.4,
    }),
    pages: [{ page: 1, width: 600, height: 800, rotation: 0, source: 'text-layer' }],
    fields: [field('invoice_id', 'INV-1', false), field('total_amount', '10.00', true)],
    lineItems: [],
    checks: [],
    comments: [],
    rejectReason: null,
  }
  const unexpected = Object.fromEntries(
    METHOD_NAMES.map((name) => [name, () => Promise.reject(new Error(`unexpected ${name}`))]),
  )
  const api = {
    ...unexpected,
    on: () => () => undefined,
    getDocument: () => Promise.resolve(detail),
    getPageWords: () => Promise.resolve([]),
    listDocuments: () => Promise.resolve([]),
    updateField: (request: RequestOf<'updateField'>) => {
      calls.push(request)
      detail = {
        ...detail,
        fields: detail.fields.map((f) =>
          f.key !== request.key
            ? f
            : request.action === 'accept'
              ? { ...f, status: 'accepted', needsReview: false }
              : { ...f, value: request.value ?? '', status: 'corrected', needsReview: false },
        ),
      }
      return Promise.resolve(detail)
    },
  } as unknown as RectoApi
  return { api, calls }
}

const total = { key: 'total_amount', line: 0 } as const

async function openStore() {
  const main = fakeMain()
  const store = createRectoStore(main.api)
  await store.getState().openDocument(7)
  return { ...main, store }
}

describe('review edits', () => {
  it('opens on the first flagged field', async () => {
    const { store } = await openStore()
    expect(store.getState().focusRequest?.ref).toEqual(total)
  })

  it('accepts an unchanged field on Enter and corrects a changed one', async () => {
    const { store, calls } = await openStore()
    await store.getState().commitField(total, 'enter')
    store.getState().setDraft(total, '12.00')
    await store.getState().commitField(total, 'enter')
    expect(calls.map((c) => [c.action, c.value])).toEqual([
      ['accept', undefined],
      ['correct', '12.00'],
    ])
    expect(store.getState().drafts).toEqual({})
  })

  it('moves on from Enter to the next flagged field, wrapping around', async () => {
    const { store } = await openStore()
    const invoiceId = { key: 'invoice_id', line: 0 } as const
    store.getState().focusField(invoiceId)
    store.getState().setDraft(invoiceId, 'INV-9')
    store.getState().requestFocus(null)
    await store.getState().enterField(invoiceId)
    expect(store.getState().focusRequest?.ref).toEqual(total)
  })

  it('leaves focus alone when the clerk moved on before the save came back', async () => {
    const { store } = await openStore()
    const invoiceId = { key: 'invoice_id', line: 0 } as const
    store.getState().focusField(invoiceId)
    store.getState().requestFocus(null)
    const saving = store.getState().enterField(invoiceId)
    store.getState().focusField({ key: 'due_date', line: 0 })
    await saving
    expect(store.getState().focusRequest).toBeNull()
  })

  it('does not write on leave when nothing changed', async () => {
    const { store, calls } = await openStore()
    store.getState().setDraft(total, '10.00')
    await store.getState().commitField(total, 'leave')
    expect(calls).toEqual([])
  })

  it('undoes by writing the previous value back, and redoes', async () => {
    const { store, calls } = await openStore()
    await store.getState().fillField(total, {
      value: '99.00',
      raw: '€99.00',
      page: 1,
      bbox: [1, 2, 3, 4],
    })
    await store.getState().undo()
    expect(calls.at(-1)).toMatchObject({ action: 'correct', value: '10.00', raw: '10.00' })
    expect(store.getState().redoStack).toHaveLength(1)
    await store.getState().redo()
    expect(calls.at(-1)).toMatchObject({ action: 'correct', value: '99.00', raw: '€99.00' })
    expect(store.getState().undoStack).toHaveLength(1)
  })

  it('keeps writes in the order they were made', async () => {
    const { store, calls } = await openStore()
    store.getState().setDraft(total, '1.00')
    const first = store.getState().commitField(total, 'leave')
    store.getState().setDraft({ key: 'invoice_id', line: 0 }, 'INV-2')
    const second = store.getState().commitField({ key: 'invoice_id', line: 0 }, 'leave')
    await Promise.all([first, second])
    expect(calls.map((c) => c.key)).toEqual(['total_amount', 'invoice_id'])
    expect(store.getState().saving).toBe(0)
  })
})

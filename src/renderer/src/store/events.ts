import type { RectoApi } from '../../../shared/ipc/contract'
import { createFrameBatch } from '../lib/frameBatch'
import type { RectoStore } from './createStore'

/**
 * Keeps the store in step with main's pushes. A burst of `documentsChanged` during an import is
 * folded into one refresh per frame; the hidden queue is left alone during review (it refreshes
 * on return), and the open document is re-read only when it is among the changed ones.
 */
export function connectEvents(api: RectoApi, store: RectoStore): () => void {
  const changed = createFrameBatch<number[]>((batches) => {
    const state = store.getState()
    const ids = new Set(batches.flat())
    if (state.view.name === 'queue') void state.refreshDocuments()
    if (state.detail && ids.has(state.detail.document.id)) void state.reloadDocument()
  })
  const offProgress = api.on('progress', (event) => store.getState().applyProgress(event))
  const offChanged = api.on('documentsChanged', ({ documentIds }) => changed(documentIds))
  return () => {
    offProgress()
    offChanged()
  }
}

/**
 * The clerk's wait between asking for a document (a click or Enter in the queue, or Ctrl+Enter
 * moving on) and seeing its page with the field boxes, as User Timing entries. The measure script
 * reads them (scripts/measure-ui.ts), and DevTools' Performance panel shows them too.
 */
export const OPEN_MARK = 'recto:open'
export const PAINTED_MEASURE = 'recto:open-to-painted'
/** Steps on the way, marked as `recto:open:<step>`, so a slow open shows where it waited. */
export type OpenStep = 'detail' | 'pages' | 'drawn'

let waitingFor: number | null = null

export function markOpenRequested(documentId: number): void {
  waitingFor = documentId
  performance.mark(OPEN_MARK, { detail: { documentId } })
}

export function markOpenStep(documentId: number, step: OpenStep): void {
  if (waitingFor === documentId) performance.mark(`${OPEN_MARK}:${step}`, { detail: { documentId } })
}

/**
 * Called once the page's pixels and the boxes are in the DOM. A requestAnimationFrame callback
 * runs just before the frame is drawn; a task queued from it runs once that frame is out, which
 * is when the clerk can see the page.
 */
export function markPaintedAfterFrame(documentId: number): void {
  if (waitingFor !== documentId) return
  waitingFor = null
  requestAnimationFrame(() =>
    setTimeout(() => performance.measure(PAINTED_MEASURE, { start: OPEN_MARK, detail: { documentId } })),
  )
}

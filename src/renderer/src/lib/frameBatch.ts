type Schedule = (run: () => void) => void

/** Runs on the next animation frame; falls back to a microtask where there are no frames. */
export const nextFrame: Schedule = (run) => {
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => run())
  else queueMicrotask(run)
}

/**
 * Collects items and hands them over once per frame, however many arrive: a burst of
 * `documentsChanged` events during a large import becomes one list refresh, without a timer.
 */
export function createFrameBatch<T>(flush: (items: T[]) => void, schedule: Schedule = nextFrame) {
  let pending: T[] | null = null
  return (item: T) => {
    if (pending) {
      pending.push(item)
      return
    }
    pending = [item]
    schedule(() => {
      const items = pending ?? []
      pending = null
      flush(items)
    })
  }
}

/**
 * Runs the review's writes one after another. A blur can commit one field while Enter commits
 * another, and main must see them in the order the clerk made them whatever the transport.
 * `epoch` tells a concurrent read (a refresh after an event) that a write started meanwhile, so
 * its possibly older answer must not replace the newer one.
 */
export function createMutationQueue(onBusyChange: (delta: 1 | -1) => void) {
  let tail: Promise<unknown> = Promise.resolve()
  let epoch = 0
  return {
    run<T>(task: () => Promise<T>): Promise<T> {
      epoch++
      onBusyChange(1)
      const result = tail.then(task)
      tail = result.catch(() => undefined)
      return result.finally(() => onBusyChange(-1))
    },
    epoch: () => epoch,
  }
}

export type MutationQueue = ReturnType<typeof createMutationQueue>

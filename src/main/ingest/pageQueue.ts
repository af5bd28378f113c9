import { RectoError } from '../../shared/errors'

export interface PageQueueOptions {
  /** Pages read at once: one per OCR worker keeps every core busy. */
  concurrency: number
  onPage?: (done: number, total: number) => void
  isCancelled?: () => boolean
}

/**
 * Reads pages 1..total with up to `concurrency` in flight, so page n+1 is rendered while page n
 * is OCRed. Results come back in page order and progress is reported in page order. Cancellation
 * is checked before each page starts; pages already started are awaited so that nothing keeps
 * running (or fails unobserved) after the call returns.
 */
export async function readPagesInOrder<T>(
  total: number,
  readPage: (n: number) => Promise<T>,
  options: PageQueueOptions,
): Promise<T[]> {
  const results: T[] = new Array<T>(total)
  const settled: boolean[] = new Array<boolean>(total).fill(false)
  let next = 1
  let reported = 0
  let failure: unknown = null

  async function lane(): Promise<void> {
    while (next <= total && failure === null) {
      if (options.isCancelled?.()) {
        failure ??= new RectoError('cancelled', 'Processing was cancelled.')
        return
      }
      const n = next++
      try {
        results[n - 1] = await readPage(n)
      } catch (error) {
        failure ??= error
        return
      }
      settled[n - 1] = true
      while (reported < total && settled[reported]) {
        reported++
        options.onPage?.(reported, total)
      }
    }
  }

  const lanes = Math.max(1, Math.min(options.concurrency, total))
  await Promise.all(Array.from({ length: lanes }, lane))
  if (failure !== null) throw failure
  return results
}

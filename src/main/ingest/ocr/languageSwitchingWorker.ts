import type { Worker } from 'tesseract.js'
import { OEM } from 'tesseract.js'
import type { OcrEngine } from './ocrPool'
import { configure, readWords, startWorker } from './ocrPool'
import { languageDataPath } from './tessdata'
import { OCR_LANGUAGES } from '../../../shared/settings'

export interface LanguageSwitchingWorker {
  /** An engine reading in `languages` on the shared worker. */
  engineFor(languages: readonly string[]): OcrEngine
  terminate(): Promise<void>
}

/**
 * One tesseract worker for every language that detection picks (the second pass of French or
 * German scans), switching languages when a job asks for others. Switching costs about 0.3 s;
 * a worker per language would cost a worker's memory each (about 150 MB once it has read a page),
 * and an inbox that mixes French and German would otherwise start one worker per document.
 * Jobs run one at a time, in order.
 */
export function createLanguageSwitchingWorker(): LanguageSwitchingWorker {
  let worker: Promise<Worker> | null = null
  let current = ''
  let queue: Promise<unknown> = Promise.resolve()

  async function readIn(languages: readonly string[]): Promise<Worker> {
    const key = languages.join('+')
    if (!worker) {
      current = key
      // Its data folder holds every language it may switch to: tesseract.js loads them from there.
      worker = startWorker(languages, languageDataPath(OCR_LANGUAGES))
      return worker
    }
    const started = await worker
    if (current !== key) {
      await started.reinitialize(languages.join('+'), OEM.LSTM_ONLY)
      await configure(started)
      current = key
    }
    return started
  }

  /** Runs `job` after every job queued before it, whatever their outcome. */
  function inTurn<T>(job: () => Promise<T>): Promise<T> {
    const run = queue.then(job, job)
    queue = run.catch(() => undefined)
    return run
  }

  return {
    engineFor(languages) {
      return {
        concurrency: 1,
        recognize: (input) =>
          inTurn(async () => {
            const reader = await readIn(languages)
            return readWords((image, output) => reader.recognize(image, {}, output), input)
          }),
        // The worker outlives each language's engine; terminate() below ends it.
        terminate: () => Promise.resolve(),
      }
    },
    async terminate() {
      const started = worker
      worker = null
      if (started) await (await started).terminate()
    },
  }
}

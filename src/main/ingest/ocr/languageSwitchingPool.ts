import os from 'node:os'
import type { Worker } from 'tesseract.js'
import { OEM } from 'tesseract.js'
import { OCR_LANGUAGES } from '../../../shared/settings'
import type { OcrEngine } from './ocrPool'
import { configure, readWords, startWorker } from './ocrPool'
import { languageDataPath } from './tessdata'

export interface LanguageSwitchingPool {
  /** An engine reading in `languages` on the pool's workers. */
  engineFor(languages: readonly string[]): OcrEngine
  terminate(): Promise<void>
}

interface Slot {
  worker: Promise<Worker>
  /** The languages the worker reads in now ('fra+eng'). */
  languages: string
  busy: boolean
}

/**
 * One tesseract worker per core, shared by every language: a job goes to an idle worker already
 * reading its languages when there is one, else an idle worker switches (about 0.3 s). With
 * language detection on, an inbox of English, French and German scans needs the first pass and
 * two second-pass languages; a pool per language kept six workers alive (over 1 GB in bench:ocr's
 * batch), and one switching worker beside the English pool made every second pass wait for it.
 */
export function createLanguageSwitchingPool(size = Math.max(1, Math.min(4, os.availableParallelism()))): LanguageSwitchingPool {
  const slots: Slot[] = []
  const waiting: { languages: string; take: (slot: Slot) => void }[] = []
  // Every language's data sits in one folder: tesseract.js loads a new one from there on a switch.
  const langPath = languageDataPath(OCR_LANGUAGES)

  function acquire(languages: string): Promise<Slot> {
    const idle = slots.filter((s) => !s.busy)
    const slot = idle.find((s) => s.languages === languages) ?? (slots.length < size ? undefined : idle[0])
    if (slot) return Promise.resolve(claim(slot))
    if (slots.length < size) {
      const fresh: Slot = { worker: startWorker(languages.split('+'), langPath), languages, busy: true }
      slots.push(fresh)
      return Promise.resolve(fresh)
    }
    return new Promise((take) => waiting.push({ languages, take }))
  }

  function claim(slot: Slot): Slot {
    slot.busy = true
    return slot
  }

  function release(slot: Slot): void {
    slot.busy = false
    if (waiting.length === 0) return
    // A waiting job in this worker's languages first: it needs no switch.
    const index = Math.max(0, waiting.findIndex((w) => w.languages === slot.languages))
    const [next] = waiting.splice(index, 1)
    next!.take(claim(slot))
  }

  async function readerIn(slot: Slot, languages: string): Promise<Worker> {
    const worker = await slot.worker
    if (slot.languages !== languages) {
      await worker.reinitialize(languages, OEM.LSTM_ONLY)
      await configure(worker)
      slot.languages = languages
    }
    return worker
  }

  return {
    engineFor(languages) {
      const key = languages.join('+')
      return {
        concurrency: size,
        async recognize(input) {
          const slot = await acquire(key)
          try {
            const reader = await readerIn(slot, key)
            return await readWords((image, output) => reader.recognize(image, {}, output), input)
          } finally {
            release(slot)
          }
        },
        // The workers outlive each language's engine; the pool's terminate() ends them.
        terminate: () => Promise.resolve(),
      }
    },
    async terminate() {
      const all = slots.splice(0)
      await Promise.all(all.map(async (slot) => (await slot.worker).terminate()))
    },
  }
}

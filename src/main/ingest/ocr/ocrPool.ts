import os from 'node:os'
import { createScheduler, createWorker, OEM, PSM } from 'tesseract.js'
import type { Scheduler } from 'tesseract.js'
import type { Word } from '../../../shared/words'
import { languageDataPath } from './tessdata'
import { tesseractWords } from './ocrWords'
import type { TesseractBlock } from './ocrWords'

/** An image ready for OCR and how it maps back to page units. */
export interface OcrImage {
  /** Encoded image (PNG/JPEG) as tesseract.js reads it. */
  image: Buffer
  /** Pixels per page unit (point). */
  scale: number
  offset?: { x: number; y: number }
}

export interface OcrEngine {
  recognize(input: OcrImage): Promise<Word[]>
  terminate(): Promise<void>
}

/**
 * A pool of tesseract.js workers sized to the cores, created on first use and reused across pages
 * and documents: starting a worker costs far more than one page.
 */
export function createOcrPool(languages: readonly string[], size = defaultPoolSize()): OcrEngine {
  let scheduler: Promise<Scheduler> | null = null

  async function start(): Promise<Scheduler> {
    const s = createScheduler()
    const langPath = languageDataPath(languages)
    const workers = await Promise.all(
      Array.from({ length: size }, () =>
        createWorker([...languages], OEM.LSTM_ONLY, { langPath, gzip: true, cacheMethod: 'none' }),
      ),
    )
    for (const worker of workers) {
      await worker.setParameters({ tessedit_pageseg_mode: PSM.AUTO, user_defined_dpi: '300' })
      s.addWorker(worker)
    }
    return s
  }

  return {
    async recognize({ image, scale, offset }) {
      scheduler ??= start()
      const result = await (await scheduler).addJob('recognize', image, {}, { blocks: true })
      return tesseractWords(result.data.blocks as TesseractBlock[] | null, scale, offset)
    },
    async terminate() {
      if (scheduler) await (await scheduler).terminate()
      scheduler = null
    },
  }
}

function defaultPoolSize(): number {
  return Math.max(1, Math.min(4, os.availableParallelism()))
}

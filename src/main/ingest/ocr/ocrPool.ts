import os from 'node:os'
import { createScheduler, createWorker, OEM, PSM } from 'tesseract.js'
import type { Scheduler } from 'tesseract.js'
import type { Word } from '../../../shared/words'
import type { PointMap } from './pointMap'
import { scaleMap } from './pointMap'
import { languageDataPath } from './tessdata'
import { tesseractWords } from './ocrWords'
import type { TesseractBlock } from './ocrWords'

/** An image ready for OCR and how it maps back to page units. */
export interface OcrImage {
  /** Encoded image (PGM/PNG/JPEG) as tesseract.js reads it. */
  image: Buffer
  /** Pixels per page unit (point). Ignored when `toPage` is given. */
  scale: number
  offset?: { x: number; y: number }
  /** From a pixel of `image` to page units, when more than a scale and offset is involved. */
  toPage?: PointMap
}

export interface OcrEngine {
  /** How many images it reads at once; callers keep that many in flight to use every core. */
  readonly concurrency: number
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
      // Images arrive already sized for tesseract, so the dpi hint only silences its guess.
      // Sauvola thresholds each neighbourhood on its own, where the default Otsu picks one level
      // for the whole image: a page cut into bands then reads the same in every band, and grey
      // table headers survive next to white paper (see bands.ts).
      await worker.setParameters({
        tessedit_pageseg_mode: PSM.AUTO,
        user_defined_dpi: '300',
        thresholding_method: SAUVOLA,
        thresholding_kfactor: SAUVOLA_K,
      })
      s.addWorker(worker)
    }
    return s
  }

  return {
    concurrency: size,
    async recognize({ image, scale, offset, toPage }) {
      scheduler ??= start()
      // Only the word boxes are read; the plain-text rendering tesseract.js makes by default is skipped.
      const result = await (await scheduler).addJob('recognize', image, {}, { blocks: true, text: false })
      const blocks = result.data.blocks as TesseractBlock[] | null
      return tesseractWords(blocks, toPage ?? scaleMap(scale, offset))
    },
    async terminate() {
      const started = scheduler
      scheduler = null
      if (started) await (await started).terminate()
    },
  }
}

/** tesseract's `thresholding_method` for Sauvola's local binarisation (0 is global Otsu). */
const SAUVOLA = '2'
/**
 * How far below a neighbourhood's mean a pixel must be to count as ink (Sauvola's k). Measured
 * with `npm run eval`: 0.45 read one more of the 50 fields on the real scans than tesseract's
 * default 0.34, within the 0.2 to 0.5 range the method is used with.
 */
const SAUVOLA_K = '0.45'

/** One tesseract worker per core (each is single-threaded wasm); more only adds memory. */
function defaultPoolSize(): number {
  return Math.max(1, Math.min(4, os.availableParallelism()))
}

import os from 'node:os'
import { createScheduler, createWorker, OEM, PSM } from 'tesseract.js'
import type { OutputFormats, RecognizeResult, Scheduler, Worker } from 'tesseract.js'
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
    const workers = await Promise.all(Array.from({ length: size }, () => startWorker(languages)))
    for (const worker of workers) s.addWorker(worker)
    return s
  }

  return {
    concurrency: size,
    async recognize(input) {
      scheduler ??= start()
      const started = await scheduler
      return readWords((image, output) => started.addJob('recognize', image, {}, output), input)
    },
    async terminate() {
      const started = scheduler
      scheduler = null
      if (started) await (await started).terminate()
    },
  }
}

/** A tesseract.js worker reading `languages` with Recto's parameters; `langPath` holds their data. */
export async function startWorker(languages: readonly string[], langPath = languageDataPath(languages)): Promise<Worker> {
  const worker = await createWorker([...languages], OEM.LSTM_ONLY, { langPath, gzip: true, cacheMethod: 'none' })
  await configure(worker)
  return worker
}

/**
 * Images arrive already sized for tesseract, so the dpi hint only silences its guess. Sauvola
 * thresholds each neighbourhood on its own, where the default Otsu picks one level for the whole
 * image: a page cut into bands then reads the same in every band, and grey table headers survive
 * next to white paper (see bands.ts).
 */
export async function configure(worker: Worker): Promise<void> {
  await worker.setParameters({
    tessedit_pageseg_mode: PSM.AUTO,
    user_defined_dpi: '300',
    thresholding_method: SAUVOLA,
    thresholding_kfactor: SAUVOLA_K,
  })
}

type Recognize = (image: Buffer, output: Partial<OutputFormats>) => Promise<RecognizeResult>

/** Words with boxes in page units; only the word boxes are asked for, no plain-text rendering. */
export async function readWords(recognize: Recognize, { image, scale, offset, toPage }: OcrImage): Promise<Word[]> {
  const result = await recognize(image, { blocks: true, text: false })
  const blocks = result.data.blocks as TesseractBlock[] | null
  return tesseractWords(blocks, toPage ?? scaleMap(scale, offset))
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

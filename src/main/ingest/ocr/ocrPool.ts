import os from 'node:os'
import { createWorker, OEM, PSM } from 'tesseract.js'
import type { Worker } from 'tesseract.js'
import { OCR_LANGUAGES } from '../../../shared/settings'
import type { Word } from '../../../shared/words'
import type { PointMap } from './pointMap'
import { scaleMap } from './pointMap'
import { languageDataPath } from './tessdata'
import { tesseractWords } from './ocrWords'
import { jobFor, workerFor } from './workerChoice'
import type { WorkerState } from './workerChoice'
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
  /** Read as one block of text, with no layout analysis (tesseract's PSM 6). */
  singleBlock?: boolean
}

export interface OcrEngine {
  /** How many images it reads at once; callers keep that many in flight to use every core. */
  readonly concurrency: number
  recognize(input: OcrImage): Promise<Word[]>
  /**
   * Whether an image handed out now would be read at once, not queued, and no other document is
   * in flight to fill the workers instead (absent: never).
   */
  idle?(): boolean
  terminate(): Promise<void>
}

/** Workers shared by every language; each engine reads in one set of them. */
export interface OcrPool {
  /** An engine reading in `languages` on the pool's workers (a job on its own: region OCR). */
  engineFor(languages: readonly string[]): OcrEngine
  /** The engines one document reads with, from its start until `done()`. */
  forDocument(languages: readonly string[]): DocumentEngines
  terminate(): Promise<void>
}

/**
 * One document's engines. The pool counts the document as reading in the languages it last took
 * an engine for, and keeps a worker in them between its bands and pages (see workerChoice.ts).
 * While other documents are in flight the engines never look idle: their pages fill a free worker
 * soon enough, so a page whose language is not known yet reads no band on speculation, which is
 * lost whenever the page turns out to be in another language (ocrPage.ts).
 */
export interface DocumentEngines {
  /** The engine for the languages the document started with. */
  ocr: OcrEngine
  /** An engine for other languages, once detection has chosen them; the document now reads in those. */
  engineFor(languages: readonly string[]): OcrEngine
  done(): void
}

interface Slot extends WorkerState {
  worker: Promise<Worker>
  /** The languages the worker has loaded; `languages` differs while it switches. */
  loaded: string
}

/**
 * A pool of tesseract.js workers, one per core, started on first use and reused across pages,
 * documents and languages: starting a worker costs far more than one page. A job goes to an idle
 * worker already reading its languages when there is one; see workerChoice.ts for when a worker
 * switches. With language detection on, an inbox of English, French and German scans needs the
 * first pass and two second-pass languages; a pool per language kept six workers alive (over 1 GB
 * in bench:ocr's batch).
 */
export function createOcrWorkers(size = Math.max(1, Math.min(4, os.availableParallelism()))): OcrPool {
  const slots: Slot[] = []
  const waiting: { languages: string; take: (slot: Slot) => void }[] = []
  // Every language's data sits in one folder: tesseract.js loads a new one from there on a switch.
  const langPath = languageDataPath(OCR_LANGUAGES)
  /** The languages each document in flight reads in now. */
  const documents = new Set<{ languages: string }>()
  const demand = () => ({ waiting: waiting.map((w) => w.languages), held: [...documents].map((d) => d.languages) })

  function acquire(languages: string): Promise<Slot> {
    if (slots.length < size && !slots.some((s) => !s.busy && s.languages === languages)) {
      const fresh: Slot = { worker: startWorker(languages, langPath), languages, loaded: languages, busy: true }
      slots.push(fresh)
      return Promise.resolve(fresh)
    }
    const index = workerFor(languages, slots, demand())
    if (index >= 0) return Promise.resolve(claim(slots[index]!, languages))
    return new Promise((take) => waiting.push({ languages, take }))
  }

  function claim(slot: Slot, languages: string): Slot {
    slot.busy = true
    slot.languages = languages
    return slot
  }

  function release(slot: Slot): void {
    slot.busy = false
    offerWaitingJob(slot)
  }

  function offerWaitingJob(slot: Slot): void {
    const index = jobFor(slots.indexOf(slot), slots, demand())
    if (index < 0) return
    const [next] = waiting.splice(index, 1)
    next!.take(claim(slot, next!.languages))
  }

  /** Once a document no longer holds its languages, an idle worker kept for them may switch. */
  function releaseHeld(): void {
    for (const slot of slots) if (!slot.busy) offerWaitingJob(slot)
  }

  async function readerIn(slot: Slot, languages: string): Promise<Worker> {
    const worker = await slot.worker
    if (slot.loaded !== languages) {
      await worker.reinitialize(languages, OEM.LSTM_ONLY)
      await configure(worker)
      slot.loaded = languages
    }
    return worker
  }

  function engine(key: string, alone: () => boolean): OcrEngine {
    return {
      concurrency: size,
      async recognize(input) {
        const slot = await acquire(key)
        try {
          const reader = await readerIn(slot, key)
          return await readWords(reader, input)
        } finally {
          release(slot)
        }
      },
      idle: () => alone() && waiting.length === 0 && (slots.length < size || workerFor(key, slots, demand()) >= 0),
      // The workers outlive each language's engine; the pool's terminate() ends them.
      terminate: () => Promise.resolve(),
    }
  }

  return {
    engineFor: (languages) => engine(languages.join('+'), () => true),
    forDocument(languages) {
      const document = { languages: languages.join('+') }
      documents.add(document)
      const alone = () => documents.size <= 1
      return {
        ocr: engine(document.languages, alone),
        engineFor(others) {
          document.languages = others.join('+')
          releaseHeld()
          return engine(document.languages, alone)
        },
        done() {
          documents.delete(document)
          releaseHeld()
        },
      }
    },
    async terminate() {
      const all = slots.splice(0)
      await Promise.all(all.map(async (slot) => (await slot.worker).terminate()))
    },
  }
}

/** A pool reading in one set of languages (scripts, tests); terminate() ends its workers. */
export function createOcrPool(languages: readonly string[], size?: number): OcrEngine {
  const pool = createOcrWorkers(size)
  return { ...pool.engineFor(languages), terminate: () => pool.terminate() }
}

/** A tesseract.js worker reading `languages` with Recto's parameters; `langPath` holds their data. */
async function startWorker(languages: string, langPath: string): Promise<Worker> {
  const worker = await createWorker(languages, OEM.LSTM_ONLY, { langPath, gzip: true, cacheMethod: 'none' })
  await configure(worker)
  return worker
}

/**
 * Images arrive already sized for tesseract, so the dpi hint only silences its guess. Sauvola
 * thresholds each neighbourhood on its own, where the default Otsu picks one level for the whole
 * image: a page cut into bands then reads the same in every band, and grey table headers survive
 * next to white paper (see bands.ts).
 */
async function configure(worker: Worker): Promise<void> {
  await worker.setParameters({
    tessedit_pageseg_mode: PSM.AUTO,
    user_defined_dpi: '300',
    thresholding_method: SAUVOLA,
    thresholding_kfactor: SAUVOLA_K,
    // tesseract's own notes ("Detected 21 diacritics") would land on the CLI's stderr.
    debug_file: '/dev/null',
  })
}

/** Words with boxes in page units; only the word boxes are asked for, no plain-text rendering. */
async function readWords(worker: Worker, { image, scale, offset, toPage, singleBlock }: OcrImage): Promise<Word[]> {
  if (singleBlock) await worker.setParameters({ tessedit_pageseg_mode: PSM.SINGLE_BLOCK })
  try {
    const result = await worker.recognize(image, {}, { blocks: true, text: false })
    const blocks = result.data.blocks as TesseractBlock[] | null
    return tesseractWords(blocks, toPage ?? scaleMap(scale, offset))
  } finally {
    if (singleBlock) await worker.setParameters({ tessedit_pageseg_mode: PSM.AUTO })
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

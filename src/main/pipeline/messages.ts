import type { BBox } from '../../shared/fields'
import type { PageWords, Word } from '../../shared/words'
import type { ReadLimits } from '../ingest/readDocument'
import type { TrainedModel } from '../learning/modelRepository'
import type { ProcessedDocument } from './processDocument'

/** Messages between main and the pipeline worker thread. */
export type ToWorker =
  | {
      type: 'process'
      jobId: number
      bytes: Uint8Array
      password?: string
      limits: ReadLimits
      languages: string[]
      /** Detect each document's language and OCR its scans in it; `languages` is the first pass. */
      detectLanguage?: boolean
      cachedPages: PageWords[]
      /** The active trained model; null while the shipped rules are in use. */
      model?: TrainedModel | null
    }
  | {
      type: 'ocrRegion'
      jobId: number
      bytes: Uint8Array
      page: number
      bbox: BBox
      languages: string[]
      password?: string
    }
  | { type: 'cancel'; jobId: number }

export type FromWorker =
  | { type: 'page'; jobId: number; done: number; total: number; page: PageWords | null }
  | { type: 'processed'; jobId: number; result: ProcessedDocument }
  | { type: 'region'; jobId: number; words: Word[] }
  | { type: 'error'; jobId: number; code: string; message: string }

import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'
import { RectoError } from '../../shared/errors'
import type { BBox } from '../../shared/fields'
import type { Word } from '../../shared/words'
import type { ReadLimits } from '../ingest/readDocument'
import type { TrainedModel } from '../learning/modelRepository'
import type { PageWords } from '../../shared/words'
import type { FromWorker, ToWorker } from './messages'
import type { ProcessedDocument } from './processDocument'

export interface ProcessJob {
  bytes: Uint8Array
  password?: string
  limits: ReadLimits
  languages: string[]
  /** Detect the document's language; `languages` is then the first pass (see documentLanguage). */
  detectLanguage?: boolean
  cachedPages: PageWords[]
  /** The active trained model; absent or null: the shipped rules. */
  model?: TrainedModel | null
  onPage?: (done: number, total: number) => void
}

export interface Pipeline {
  process(job: ProcessJob): { jobId: number; done: Promise<ProcessedDocument> }
  ocrRegion(bytes: Uint8Array, page: number, bbox: BBox, languages: string[], password?: string): Promise<Word[]>
  cancel(jobId: number): void
  close(): Promise<void>
}

interface Pending {
  resolve: (value: never) => void
  reject: (error: Error) => void
  onPage?: (done: number, total: number) => void
}

/**
 * Main's handle on the pipeline worker thread. Built code ships `pipelineWorker.js` beside the main
 * bundle; from source (CLI, tests, bridge) the `.ts` entry runs through tsx.
 */
export function startPipeline(): Pipeline {
  const pending = new Map<number, Pending>()
  let nextId = 1
  let worker: Worker | null = null

  // A crashed worker (out of memory on a hostile file, say) fails the jobs it held; the next job
  // starts a fresh one, so one bad document never stops the queue.
  function spawn(): Worker {
    const w = spawnWorker()
    w.on('message', (message: FromWorker) => {
      const job = pending.get(message.jobId)
      if (!job) return
      if (message.type === 'page') return job.onPage?.(message.done, message.total)
      pending.delete(message.jobId)
      if (message.type === 'error') job.reject(new RectoError(message.code, message.message))
      else if (message.type === 'processed') job.resolve(message.result as never)
      else job.resolve(message.words as never)
    })
    w.on('error', (error) => failAll(`The document processor failed: ${error.message}`))
    w.on('exit', (code) => {
      if (worker === w) worker = null
      if (!closed) failAll(`The document processor stopped unexpectedly (exit code ${code}).`)
    })
    return w
  }

  function failAll(message: string): void {
    for (const job of pending.values()) job.reject(new RectoError('processing_failed', message))
    pending.clear()
  }

  let closed = false

  function run<T>(message: ToWorker, onPage?: Pending['onPage']): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      pending.set(message.jobId, { resolve: resolve as Pending['resolve'], reject, onPage })
      worker ??= spawn()
      worker.postMessage(message)
    })
  }

  return {
    process(job) {
      const jobId = nextId++
      const { onPage, ...rest } = job
      return { jobId, done: run<ProcessedDocument>({ type: 'process', jobId, ...rest }, onPage) }
    },
    ocrRegion(bytes, page, bbox, languages, password) {
      return run<Word[]>({ type: 'ocrRegion', jobId: nextId++, bytes, page, bbox, languages, password })
    },
    cancel(jobId) {
      worker?.postMessage({ type: 'cancel', jobId } satisfies ToWorker)
    },
    async close() {
      closed = true
      failAll('Recto is shutting down.')
      await worker?.terminate()
    },
  }
}

function spawnWorker(): Worker {
  const built = fileURLToPath(new URL('./pipelineWorker.js', import.meta.url))
  if (existsSync(built)) return new Worker(built)
  // From source: workers do not inherit tsx's loader on Node 20, so a tiny bootstrap registers it.
  const entry = new URL('./pipelineWorker.ts', import.meta.url).href
  const tsx = import.meta.resolve('tsx/esm/api')
  const bootstrap = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(entry)}) })`
  return new Worker(bootstrap, { eval: true })
}

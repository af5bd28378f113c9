/**
 * Worker-thread entry: pdf.js parsing, rendering, OCR and extraction run here so that neither
 * Electron's main process nor the renderer ever stalls on a heavy document.
 */
import { parentPort } from 'node:worker_threads'
import { RectoError } from '../../shared/errors'
import { createOcrPool } from '../ingest/ocr/ocrPool'
import type { OcrEngine } from '../ingest/ocr/ocrPool'
import { ocrRegion } from '../ingest/regionOcr'
import type { FromWorker, ToWorker } from './messages'
import { processDocument } from './processDocument'

const port = parentPort
if (!port) throw new Error('pipelineWorker must run in a worker thread')

const cancelled = new Set<number>()
/**
 * OCR pools by languages, most recently used last. Two stay alive: with detection on, a document
 * in another language needs the first-pass pool and its own, and the next one starts again with
 * the first pass; starting a pool costs seconds, an idle one only memory.
 */
const pools = new Map<string, OcrEngine>()
const KEPT_POOLS = 2

function ocrFor(languages: readonly string[]): OcrEngine {
  const key = languages.join('+')
  const engine = pools.get(key) ?? createOcrPool(languages)
  pools.delete(key)
  pools.set(key, engine)
  for (const [oldKey, old] of pools) {
    if (pools.size <= KEPT_POOLS) break
    pools.delete(oldKey)
    void old.terminate()
  }
  return engine
}

function send(message: FromWorker): void {
  port?.postMessage(message)
}

port.on('message', (message: ToWorker) => {
  if (message.type === 'cancel') {
    cancelled.add(message.jobId)
    return
  }
  void handle(message).catch((error: unknown) => {
    const code = error instanceof RectoError ? error.code : 'processing_failed'
    const text = error instanceof Error ? error.message : String(error)
    send({ type: 'error', jobId: message.jobId, code, message: text })
  }).finally(() => cancelled.delete(message.jobId))
})

async function handle(message: Exclude<ToWorker, { type: 'cancel' }>): Promise<void> {
  const ocr = ocrFor(message.languages)
  if (message.type === 'ocrRegion') {
    const words = await ocrRegion(message.bytes, message.page, message.bbox, ocr, message.password)
    send({ type: 'region', jobId: message.jobId, words })
    return
  }
  const cachedPages = new Map(message.cachedPages.map((p) => [p.page, p]))
  const result = await processDocument(message.bytes, {
    ocr,
    languages: message.languages,
    ...(message.detectLanguage ? { engineFor: ocrFor } : {}),
    limits: message.limits,
    password: message.password,
    cachedPages,
    model: message.model,
    isCancelled: () => cancelled.has(message.jobId),
    onPage: (done, total) => send({ type: 'page', jobId: message.jobId, done, total, page: null }),
  })
  send({ type: 'processed', jobId: message.jobId, result })
}

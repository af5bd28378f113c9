/**
 * Worker-thread entry: pdf.js parsing, rendering, OCR and extraction run here so that neither
 * Electron's main process nor the renderer ever stalls on a heavy document.
 */
import { parentPort } from 'node:worker_threads'
import sharp from 'sharp'
import { RectoError } from '../../shared/errors'
import { createOcrWorkers } from '../ingest/ocr/ocrPool'
import { ocrRegion } from '../ingest/regionOcr'
import type { FromWorker, ToWorker } from './messages'
import { processDocument } from './processDocument'

const port = parentPort
if (!port) throw new Error('pipelineWorker must run in a worker thread')

// One libvips thread (a process-wide setting). Pages are already prepared while another document
// and the OCR workers keep both cores busy, so more threads add no speed, only malloc arenas: the
// batch in bench:ocr peaked about 150 MB higher with libvips' default of one per core.
sharp.concurrency(1)

const cancelled = new Set<number>()
/** The OCR workers, shared by the jobs in flight and by every language (see the pool). */
const ocrPool = createOcrWorkers()

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
  if (message.type === 'ocrRegion') {
    const ocr = ocrPool.engineFor(message.languages)
    const words = await ocrRegion(message.bytes, message.page, message.bbox, ocr, message.password)
    send({ type: 'region', jobId: message.jobId, words })
    return
  }
  const cachedPages = new Map(message.cachedPages.map((p) => [p.page, p]))
  const engines = ocrPool.forDocument(message.languages)
  const result = await processDocument(message.bytes, {
    ocr: engines.ocr,
    languages: message.languages,
    ...(message.detectLanguage ? { engineFor: engines.engineFor } : {}),
    limits: message.limits,
    password: message.password,
    cachedPages,
    model: message.model,
    isCancelled: () => cancelled.has(message.jobId),
    onPage: (done, total) => send({ type: 'page', jobId: message.jobId, done, total, page: null }),
  }).finally(engines.done)
  send({ type: 'processed', jobId: message.jobId, result })
}

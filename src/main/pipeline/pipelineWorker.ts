/**
 * Worker-thread entry: pdf.js parsing, rendering, OCR and extraction run here so that neither
 * Electron's main process nor the renderer ever stalls on a heavy document.
 */
import { parentPort } from 'node:worker_threads'
import sharp from 'sharp'
import { RectoError } from '../../shared/errors'
import { createOcrPool } from '../ingest/ocr/ocrPool'
import { createLanguageSwitchingWorker } from '../ingest/ocr/languageSwitchingWorker'
import { ocrRegion } from '../ingest/regionOcr'
import type { FromWorker, ToWorker } from './messages'
import { processDocument } from './processDocument'
import { createOcrPools } from './ocrPools'
import type { OcrLease } from './ocrPools'

const port = parentPort
if (!port) throw new Error('pipelineWorker must run in a worker thread')

// One libvips thread (a process-wide setting). Pages are already prepared while another document
// and the OCR workers keep both cores busy, so more threads add no speed, only malloc arenas: the
// batch in bench:ocr peaked about 150 MB higher with libvips' default of one per core.
sharp.concurrency(1)

const cancelled = new Set<number>()
/** OCR pools by languages, shared by the jobs in flight (the queue keeps two documents going). */
const pools = createOcrPools(createOcrPool)
/**
 * The second pass of a scan in a language detection picked (French, German) runs on one worker
 * that switches languages: with two documents in flight both cores stay busy anyway, and a pool
 * per language kept four workers alive, over 1 GB in bench:ocr's batch.
 */
const detectedLanguages = createLanguageSwitchingWorker()

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
  const lease = pools.lease()
  try {
    await run(message, lease)
  } finally {
    lease.release()
  }
}

async function run(message: Exclude<ToWorker, { type: 'cancel' }>, lease: OcrLease): Promise<void> {
  const ocr = lease.engine(message.languages)
  if (message.type === 'ocrRegion') {
    const words = await ocrRegion(message.bytes, message.page, message.bbox, ocr, message.password)
    send({ type: 'region', jobId: message.jobId, words })
    return
  }
  const cachedPages = new Map(message.cachedPages.map((p) => [p.page, p]))
  const result = await processDocument(message.bytes, {
    ocr,
    languages: message.languages,
    ...(message.detectLanguage ? { engineFor: detectedLanguages.engineFor } : {}),
    limits: message.limits,
    password: message.password,
    cachedPages,
    model: message.model,
    isCancelled: () => cancelled.has(message.jobId),
    onPage: (done, total) => send({ type: 'page', jobId: message.jobId, done, total, page: null }),
  })
  send({ type: 'processed', jobId: message.jobId, result })
}

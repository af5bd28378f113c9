import { readFileSync } from 'node:fs'
import path from 'node:path'
import { RectoError } from '../../shared/errors'
import type { ExtractedField } from '../../shared/fields'
import {
  getDocumentRow,
  pendingDocumentIds,
  saveProcessingResult,
  setStatus,
} from '../db/repositories/documents'
import { replaceExtractedFields } from '../db/repositories/fields'
import { loadPageWords, saveAttachment, saveDocumentLanguage, savePage } from '../db/repositories/pages'
import { activeModel, applyLearning, recordLearning, saveEvidence } from '../learning'
import { createPasswordVault } from '../ingest/passwordVault'
import { detectsLanguage } from '../../shared/settings'
import type { ProcessedDocument } from '../pipeline/processDocument'
import type { ServiceContext } from './context'
import { withDuplicateCheck } from './duplicates'
import { needsSecondReview } from './profilesFourEyes'
import { refreshReviewFlags } from './reviewFlags'

export interface ProcessingQueue {
  enqueue(ids: number[], passwords?: Map<number, string>): void
  /** The password a document was opened with this session (encrypted PDFs), for region OCR. */
  passwordFor(id: number): string | undefined
  /** Holds a password the clerk gave for an already processed document (after a restart). */
  rememberPassword(id: number, password: string): void
  cancelAll(): number
  /** Resolves when nothing is queued or running (CLI import, tests). */
  idle(): Promise<void>
}

/**
 * Two documents are in flight at once. Each page is already cut into bands for every OCR worker,
 * but decoding, preparing and extracting a document run on the pipeline thread while the workers
 * wait for its next page; the second document's pages fill those gaps (bench:ocr measures a batch
 * both ways). More would only add memory.
 */
export const DOCUMENTS_IN_FLIGHT = 2

/**
 * Processes queued documents through the pipeline worker, saving each result as it lands and
 * pushing progress. Page progress is reported for the document that started first, so the bar
 * follows one file at a time.
 */
export function createProcessingQueue(ctx: ServiceContext, inFlight = DOCUMENTS_IN_FLIGHT): ProcessingQueue {
  const waiting: number[] = []
  // In memory only (see passwordVault): kept after a document opens, so its pages can be read again.
  const passwords = createPasswordVault()
  /** Documents being processed, oldest first, with their pipeline job once it has one. */
  const running = new Map<number, number | null>()
  let batch = { done: 0, total: 0, startedAt: Date.now(), pagesDone: 0 }
  let idleWaiters: (() => void)[] = []

  function enqueue(ids: number[], extra?: Map<number, string>): void {
    if (running.size === 0 && waiting.length === 0) batch = { done: 0, total: 0, startedAt: Date.now(), pagesDone: 0 }
    for (const [id, pw] of extra ?? []) passwords.remember(id, pw)
    for (const id of ids) {
      if (waiting.includes(id) || running.has(id)) continue
      waiting.push(id)
      batch.total++
    }
    pump()
  }

  function pump(): void {
    while (running.size < inFlight && waiting.length > 0) {
      const id = waiting.shift()!
      running.set(id, null)
      void processOne(id)
        .catch((error: unknown) => ctx.log('error', `processing document ${id}: ${String(error)}`))
        .finally(() => {
          batch.done++
          running.delete(id)
          pump()
        })
    }
    if (running.size === 0 && waiting.length === 0) {
      idleWaiters.forEach((resolve) => resolve())
      idleWaiters = []
    }
  }

  async function processOne(id: number): Promise<void> {
    const row = getDocumentRow(ctx.db, id)
    if (!row) return
    setStatus(ctx.db, id, 'processing')
    ctx.events.emit('documentsChanged', { documentIds: [id] })
    const progress = (stage: 'reading' | 'ocr' | 'done' | 'failed', pagesDone: number, pagesTotal: number) => {
      const settled = stage === 'done' || stage === 'failed'
      // The other document in flight reports only when it settles, so the bar never flickers.
      if (!settled && running.keys().next().value !== id) return
      ctx.events.emit('progress', {
        documentId: id,
        fileName: row.file_name,
        stage,
        pagesDone,
        pagesTotal,
        documentsDone: batch.done + (settled ? 1 : 0),
        documentsTotal: batch.total,
        etaMs: eta(),
      })
    }
    progress('reading', 0, 0)
    try {
      const settings = ctx.settings()
      const bytes = readFileSync(path.join(ctx.filesDir, row.stored_name))
      const job = ctx.pipeline.process({
        bytes,
        password: passwords.get(id),
        limits: {
          maxFileBytes: settings.maxFileMegabytes * 1_048_576,
          maxPages: settings.maxPages,
          maxImagePixels: settings.maxImageMegapixels * 1e6,
        },
        languages: settings.ocrLanguages,
        detectLanguage: detectsLanguage(settings),
        cachedPages: [...loadPageWords(ctx.db, id).values()],
        model: activeModel(ctx.db), // learning hook: the newest trained ranker and confidences
        onPage: (done, total) => {
          batch.pagesDone++
          progress('ocr', done, total)
        },
      })
      if (running.has(id)) running.set(id, job.jobId)
      const result = await job.done
      const pageCount = save(ctx, id, result)
      progress('done', pageCount, pageCount)
    } catch (error) {
      const code = error instanceof RectoError ? error.code : 'processing_failed'
      if (code === 'wrong_password' || code === 'encrypted_pdf') passwords.forget(id)
      const message = error instanceof Error ? error.message : String(error)
      setStatus(ctx.db, id, 'failed', { errorCode: code, error: message })
      ctx.log(code === 'processing_failed' ? 'error' : 'warn', `${row.file_name}: ${message}`)
      progress('failed', 0, 0)
    } finally {
      ctx.events.emit('documentsChanged', { documentIds: [id] })
    }
  }

  function eta(): number | null {
    if (batch.done === 0) return null
    const perDocument = (Date.now() - batch.startedAt) / batch.done
    return Math.round(perDocument * (batch.total - batch.done))
  }

  return {
    enqueue,
    passwordFor: (id) => passwords.get(id),
    rememberPassword: (id, password) => passwords.remember(id, password),
    cancelAll() {
      const cancelled = waiting.splice(0)
      for (const id of cancelled) {
        setStatus(ctx.db, id, 'failed', { errorCode: 'cancelled', error: 'Processing was cancelled.' })
      }
      for (const jobId of running.values()) if (jobId !== null) ctx.pipeline.cancel(jobId)
      if (cancelled.length) ctx.events.emit('documentsChanged', { documentIds: cancelled })
      return cancelled.length + running.size
    },
    idle() {
      if (running.size === 0 && waiting.length === 0) return Promise.resolve()
      return new Promise((resolve) => idleWaiters.push(resolve))
    },
  }
}

/** Resumes documents a crash or quit left queued. */
export function resumePending(ctx: ServiceContext, queue: ProcessingQueue): void {
  const ids = pendingDocumentIds(ctx.db)
  if (ids.length) queue.enqueue(ids)
}

function save(ctx: ServiceContext, id: number, result: ProcessedDocument): number {
  const settings = ctx.settings()
  // learning hook: confirmed documents' supplier memory acts on the extraction (already ranked and
  // scored by the active trained model in the worker) before anything is stored (src/main/learning)
  const learning = applyLearning(ctx.db, result.pages, result.extraction)
  const { extraction } = learning
  const checks = withDuplicateCheck(ctx.db, id, extraction)
  ctx.db.transaction(() => {
    for (const page of result.pages) savePage(ctx.db, id, page)
    saveDocumentLanguage(ctx.db, id, result.language)
    for (const attachment of result.attachments) saveAttachment(ctx.db, id, attachment)
    const cells: { line: number; key: string; field: ExtractedField }[] = []
    for (const [key, field] of Object.entries(extraction.fields)) {
      if (field) cells.push({ line: 0, key, field })
    }
    extraction.lineItems.forEach((item, i) => {
      for (const [key, field] of Object.entries(item)) if (field) cells.push({ line: i + 1, key, field })
    })
    replaceExtractedFields(ctx.db, id, cells, extraction.modelVersion)
    recordLearning(ctx.db, id, learning) // learning hook: proposals to score, learned fields tagged
    saveEvidence(ctx.db, id, extraction.modelVersion, result.evidence) // what a confirmation learns from
    const flagged = refreshReviewFlags(ctx.db, id, checks, settings)
    // A document the four-eyes rule picks is never approved by the machine alone.
    const picked = needsSecondReview(settings.fourEyes, {
      sha256: getDocumentRow(ctx.db, id)?.sha256 ?? '',
      totalAmount: extraction.fields.total_amount?.value ?? null,
    })
    const straightThrough = settings.autoApprove && !picked && flagged === 0 && checks.every((c) => c.ok)
    saveProcessingResult(ctx.db, id, {
      mime: result.mime,
      pageCount: result.pages.length,
      modelVersion: extraction.modelVersion,
      checks,
      status: straightThrough ? 'auto_approved' : 'to_review',
    })
  })()
  return result.pages.length
}

import { readFileSync } from 'node:fs'
import path from 'node:path'
import { RectoError } from '../../shared/errors'
import type { Handlers } from '../../shared/ipc/contract'
import { getDocumentRow, setStatus } from '../db/repositories/documents'
import { listEdits } from '../db/repositories/edits'
import { listWords, readDocumentLanguage } from '../db/repositories/pages'
import { languagesOfDocument } from '../ingest/documentLanguage'
import { openPdf } from '../ingest/pdfjsNode'
import { listAudit } from './audit'
import type { ServiceContext } from './context'
import { documentDetail, documentSummary, listDocumentSummaries } from './documentDetail'
import { createExportService } from './exportService'
import { importFiles, importPaths } from './importer'
import { computeMetrics } from './metrics'
import { pageImage } from './pageImage'
import type { ProcessingQueue } from './processingQueue'
import { profilesInfo, requireRole, saveProfile, switchProfile } from './profiles'
import { modelInfo, retrainNow } from './retrainService'
import {
  addComment,
  addLineItem,
  confirmDocument,
  deleteLineItem,
  rejectDocument,
  reopenDocument,
  updateField,
} from './reviewActions'
import { updateSettings } from './settingsService'

/** The contract's methods over the real services; Electron's IPC and the test bridge both serve it. */
export function createHandlers(ctx: ServiceContext, queue: ProcessingQueue) {
  const queueAdded = <T extends { added: { id: number }[] }>(result: T): T => {
    queue.enqueue(result.added.map((a) => a.id))
    if (result.added.length) ctx.events.emit('documentsChanged', { documentIds: result.added.map((a) => a.id) })
    return result
  }
  const storedBytes = (documentId: number) => {
    const row = getDocumentRow(ctx.db, documentId)
    if (!row) throw new RectoError('not_found', `Document ${documentId} does not exist.`)
    return { row, bytes: new Uint8Array(readFileSync(path.join(ctx.filesDir, row.stored_name))) }
  }

  const exports = createExportService(ctx)

  return {
    listDocuments: (req) => listDocumentSummaries(ctx.db, req),
    getDocument: (req) => documentDetail(ctx.db, req.documentId),
    getPageWords: (req) => listWords(ctx.db, req.documentId, req.page),
    getDocumentFile: (req) => {
      const { row, bytes } = storedBytes(req.documentId)
      // An encrypted PDF's page view needs the password the clerk gave this session.
      const password = queue.passwordFor(req.documentId)
      return password === undefined ? { mime: row.mime, bytes } : { mime: row.mime, bytes, password }
    },
    unlockDocument: async (req) => {
      const { bytes } = storedBytes(req.documentId)
      // pdf.js says whether the password opens it (wrong_password otherwise); nothing is stored
      const pdf = await openPdf(bytes, req.password)
      await pdf.destroy()
      queue.rememberPassword(req.documentId, req.password)
      return { unlocked: true as const }
    },
    getPageImage: (req) => {
      const { row, bytes } = storedBytes(req.documentId)
      const image = { mime: row.mime, bytes, pageCount: row.page_count }
      return pageImage(image, req.page, ctx.settings().maxImageMegapixels * 1e6)
    },
    importPaths: (req) => queueAdded(importPaths(ctx, req.paths)),
    importFiles: (req) =>
      queueAdded(importFiles(ctx, req.files.map((f) => ({ name: f.name, bytes: f.bytes, originalPath: null })))),
    cancelProcessing: () => ({ cancelled: queue.cancelAll() }),
    retryDocument: (req) => {
      const row = getDocumentRow(ctx.db, req.documentId)
      if (!row) throw new RectoError('not_found', `Document ${req.documentId} does not exist.`)
      if (row.status !== 'failed') throw new RectoError('not_failed', 'Only a failed document can be retried.')
      setStatus(ctx.db, req.documentId, 'queued')
      queue.enqueue([req.documentId], req.password ? new Map([[req.documentId, req.password]]) : undefined)
      ctx.events.emit('documentsChanged', { documentIds: [req.documentId] })
      return documentSummary(ctx.db, req.documentId)
    },
    updateField: (req) => updateField(ctx, req),
    addLineItem: (req) => addLineItem(ctx, req.documentId),
    deleteLineItem: (req) => deleteLineItem(ctx, req.documentId, req.line),
    confirmDocument: (req) => confirmDocument(ctx, req.documentId),
    rejectDocument: (req) => rejectDocument(ctx, req.documentId, req.reason),
    reopenDocument: (req) => reopenDocument(ctx, req.documentId),
    addComment: (req) => addComment(ctx, req.documentId, req.text),
    listEdits: (req) => listEdits(ctx.db, req),
    ocrRegion: async (req) => {
      const { bytes } = storedBytes(req.documentId)
      const password = queue.passwordFor(req.documentId)
      const languages = languagesOfDocument(ctx.settings(), readDocumentLanguage(ctx.db, req.documentId))
      return ctx.pipeline.ocrRegion(bytes, req.page, req.bbox, [...languages], password)
    },
    exportTrainingSet: (req) => exports.start(req),
    cancelExport: () => exports.cancel(),
    listAudit: (req) => listAudit(ctx.db, { ...req, limit: req.limit ?? 500 }),
    getMetrics: (req) => {
      requireRole(ctx, ['supervisor'], 'see the metrics')
      return computeMetrics(ctx.db, ctx.settings(), req)
    },
    retrainModel: () => retrainNow(ctx),
    getModelInfo: () => modelInfo(ctx),
    listProfiles: () => profilesInfo(ctx),
    saveProfile: (req) => saveProfile(ctx, req.name, req.role),
    switchProfile: (req) => switchProfile(ctx, req.name),
    getSettings: () => ctx.settings(),
    updateSettings: (req) => updateSettings(ctx, req),
    getAppInfo: () => ({
      version: ctx.appVersion,
      dataDir: ctx.dataDir,
      databasePath: ctx.databasePath,
      logPath: ctx.logPath,
    }),
  } satisfies Handlers
}

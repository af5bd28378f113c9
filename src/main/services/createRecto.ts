import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { backupDatabase } from '../db/maintenance'
import { openDatabase } from '../db/open'
import { acquireProcessLock } from '../db/processLock'
import { countDocuments } from '../db/repositories/documents'
import { readSettings } from '../db/repositories/settings'
import { startPipeline } from '../pipeline/pipelineClient'
import { APP_VERSION } from './appVersion'
import type { ServiceContext } from './context'
import { RectoEvents } from './events'
import { createFileLog } from './fileLog'
import type { Log } from './fileLog'
import { createHandlers } from './handlers'
import { importPaths } from './importer'
import { createProcessingQueue, resumePending } from './processingQueue'
import type { ProcessingQueue } from './processingQueue'

export interface RectoOptions {
  dataDir: string
  /** Database file; defaults to `<dataDir>/recto.db`. */
  databasePath?: string
  /** Imported when the database is empty, so a first start shows real work (the bundled samples). */
  seedPaths?: string[]
  nativeBinding?: string
  /** Documents processed at once (default DOCUMENTS_IN_FLIGHT); bench:ocr compares with 1. */
  documentsInFlight?: number
}

export interface Recto {
  ctx: ServiceContext
  handlers: ReturnType<typeof createHandlers>
  queue: ProcessingQueue
  close(): Promise<void>
}

/** The composition root of the main-side services: everything Electron, the CLI and the bridge share. */
export function createRecto(options: RectoOptions): Recto {
  const dataDir = path.resolve(options.dataDir)
  const filesDir = path.join(dataDir, 'files')
  const logDir = path.join(dataDir, 'logs')
  mkdirSync(filesDir, { recursive: true })
  mkdirSync(logDir, { recursive: true })
  const databasePath = path.resolve(options.databasePath ?? path.join(dataDir, 'recto.db'))
  const releaseLock = acquireProcessLock(databasePath)
  let db: ReturnType<typeof openDatabase>
  try {
    db = openDatabase(databasePath, { nativeBinding: options.nativeBinding })
  } catch (error) {
    releaseLock()
    throw error
  }
  const log = createFileLog(path.join(logDir, 'recto.log'))
  log('info', `Recto ${APP_VERSION} opened ${databasePath}`)
  const events = new RectoEvents()
  const ctx: ServiceContext = {
    db,
    dataDir,
    filesDir,
    databasePath,
    logPath: path.join(logDir, 'recto.log'),
    log,
    appVersion: APP_VERSION,
    events,
    pipeline: startPipeline(),
    // One small prepared SELECT; reading each time means no cache can go stale.
    settings: () => readSettings(db),
  }
  const queue = createProcessingQueue(ctx, options.documentsInFlight)
  const handlers = createHandlers(ctx, queue)

  if (options.seedPaths?.length && countDocuments(db) === 0) {
    queue.enqueue(importPaths(ctx, options.seedPaths).added.map((a) => a.id))
  }
  resumePending(ctx, queue)
  const backup = countDocuments(db) > 0 ? startupBackup(ctx, log) : Promise.resolve()

  return {
    ctx,
    handlers,
    queue,
    async close() {
      queue.cancelAll()
      await ctx.pipeline.close()
      await backup
      db.close()
      releaseLock()
    },
  }
}

/** A rotating copy at every start: a damaged disk or a bad migration never costs more than a day. */
function startupBackup(ctx: ServiceContext, log: Log): Promise<void> {
  const dir = path.join(ctx.dataDir, 'backups')
  mkdirSync(dir, { recursive: true })
  return backupDatabase(ctx.db, dir).then(
    (file) => log('info', `backup written: ${file}`),
    (error: unknown) => log('error', 'backup failed', error),
  )
}

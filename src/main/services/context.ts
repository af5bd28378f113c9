import type { Settings } from '../../shared/settings'
import type { WritableDb } from '../db/handles'
import type { Pipeline } from '../pipeline/pipelineClient'
import type { RectoEvents } from './events'
import type { Log } from './fileLog'

/** What every service function needs; built once by createRecto and passed first. */
export interface ServiceContext {
  db: WritableDb
  /** Originals are kept here by hash, so a document survives its source file being moved. */
  filesDir: string
  dataDir: string
  databasePath: string
  logPath: string
  log: Log
  appVersion: string
  events: RectoEvents
  pipeline: Pipeline
  settings(): Settings
}

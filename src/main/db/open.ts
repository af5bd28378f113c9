import Database from 'better-sqlite3'
import { RectoError } from '../../shared/errors'
import type { WritableDb } from './handles'
import { migrate } from './migrate'
import { MIGRATIONS } from './migrations'

export interface OpenOptions {
  /**
   * Path of a better-sqlite3 binary built for Electron's ABI. Plain Node uses the package's own
   * build, so `npm test` keeps working after `npm start` built the Electron one.
   */
  nativeBinding?: string
  readonly?: boolean
}

/**
 * Opens (creating if needed) and migrates the database. WAL lets the queue read while edits write;
 * synchronous=FULL makes every returned edit survive a crash or power loss.
 */
export function openDatabase(file: string, options: OpenOptions = {}): WritableDb {
  let db: Database.Database
  try {
    db = new Database(file, {
      nativeBinding: options.nativeBinding ?? process.env.RECTO_SQLITE_BINDING,
      readonly: options.readonly ?? false,
      timeout: 2000,
    })
  } catch (error) {
    throw new RectoError('database_unavailable', `Cannot open the database ${file}: ${message(error)}`)
  }
  try {
    db.pragma('journal_mode = WAL')
    db.pragma('synchronous = FULL')
    db.pragma('foreign_keys = ON')
    const writable = db as WritableDb
    if (!options.readonly) migrate(writable, MIGRATIONS)
    return writable
  } catch (error) {
    db.close()
    if (error instanceof RectoError) throw error
    if (/database is locked|busy/i.test(message(error))) {
      throw new RectoError(
        'database_locked',
        `The database ${file} is in use by another process (is another Recto running?).`,
      )
    }
    throw new RectoError('database_unavailable', `Cannot open the database ${file}: ${message(error)}`)
  }
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

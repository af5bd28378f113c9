import path from 'node:path'
import { defaultUserDataDir } from '../userData'

/** `--db FILE`, else RECTO_DB, else the app's own database in its user-data folder. */
export function databaseLocation(db: string | undefined): { dataDir: string; databasePath: string } {
  const chosen = db ?? process.env.RECTO_DB
  if (chosen) {
    const databasePath = path.resolve(chosen)
    return { dataDir: path.dirname(databasePath), databasePath }
  }
  const dataDir = defaultUserDataDir()
  return { dataDir, databasePath: path.join(dataDir, 'recto.db') }
}

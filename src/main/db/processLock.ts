import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs'
import { RectoError } from '../../shared/errors'

/**
 * One writer per database: SQLite would let two Rectos write the same file, and the second
 * would silently fight the first over the queue. The lock file holds the owner's pid; a lock whose
 * process is gone (a crash) is taken over.
 */
export function acquireProcessLock(databasePath: string): () => void {
  const lockPath = `${databasePath}.lock`
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lockPath, 'wx')
      writeSync(fd, String(process.pid))
      closeSync(fd)
      return () => {
        try {
          if (readFileSync(lockPath, 'utf8') === String(process.pid)) unlinkSync(lockPath)
        } catch {
          // Already gone: nothing to release.
        }
      }
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
      const owner = Number(readFileSync(lockPath, 'utf8'))
      if (owner && owner !== process.pid && isAlive(owner)) {
        throw new RectoError(
          'database_locked',
          `The database ${databasePath} is in use by another Recto process (pid ${owner}). Close it first.`,
        )
      }
      unlinkSync(lockPath)
    }
  }
  throw new RectoError('database_locked', `Cannot lock the database ${databasePath}.`)
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

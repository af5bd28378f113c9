import { appendFileSync } from 'node:fs'

export type Log = (level: 'info' | 'warn' | 'error', message: string, error?: unknown) => void

/**
 * Appends to Recto's log file in the user-data folder (its path is in the About box). Logging
 * must never take the app down, so write failures are swallowed.
 */
export function createFileLog(file: string): Log {
  return (level, message, error) => {
    const detail = error instanceof Error ? ` ${error.stack ?? error.message}` : error ? ` ${String(error)}` : ''
    try {
      appendFileSync(file, `${new Date().toISOString()} ${level.toUpperCase()} ${message}${detail}\n`)
    } catch {
      // The log is best effort.
    }
  }
}

import { readdirSync, rmSync } from 'node:fs'
import path from 'node:path'
import type { ReadableDb } from './handles'
import { verifyEditChain } from './repositories/edits'

export interface DatabaseReport {
  ok: boolean
  integrity: string[]
  foreignKeyViolations: number
  editChain: ReturnType<typeof verifyEditChain>
  schemaVersion: number
}

/** `recto db check`: SQLite's own integrity check, foreign keys, and the edit log's hash chain. */
export function checkDatabase(db: ReadableDb): DatabaseReport {
  const integrity = (db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check)
  const foreignKeyViolations = (db.pragma('foreign_key_check') as unknown[]).length
  const editChain = verifyEditChain(db)
  return {
    ok: integrity.length === 1 && integrity[0] === 'ok' && foreignKeyViolations === 0 && editChain.ok,
    integrity,
    foreignKeyViolations,
    editChain,
    schemaVersion: db.pragma('user_version', { simple: true }) as number,
  }
}

/**
 * A consistent copy through SQLite's online backup API (safe while the app writes), keeping the
 * newest `keep` backups in `dir`.
 */
export async function backupDatabase(db: ReadableDb, dir: string, keep = 5): Promise<string> {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-')
  const target = path.join(dir, `recto-${stamp}.db`)
  await db.backup(target)
  const backups = readdirSync(dir).filter((f) => /^recto-.*\.db$/.test(f)).sort()
  for (const old of backups.slice(0, Math.max(0, backups.length - keep))) rmSync(path.join(dir, old))
  return target
}

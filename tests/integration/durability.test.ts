import { spawn } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { createInterface } from 'node:readline'
import { describe, expect, it } from 'vitest'
import { openDatabase } from '../../src/main/db/open'
import { listEdits, verifyEditChain } from '../../src/main/db/repositories/edits'

const root = path.resolve(import.meta.dirname, '../..')
const writer = path.join(import.meta.dirname, 'support/editWriter.ts')

/** Runs the writer until it has reported `after` edits, then SIGKILLs it; returns the ids it reported. */
function writeThenKill(databasePath: string, after: number): Promise<number[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', writer, databasePath], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] })
    const ids: number[] = []
    createInterface({ input: child.stdout }).on('line', (line) => {
      if (line === 'ready') return
      ids.push(Number(line))
      if (ids.length === after) child.kill('SIGKILL')
    })
    child.on('exit', (_code, signal) => (signal === 'SIGKILL' ? resolve(ids) : reject(new Error(`writer exited without being killed (${signal})`))))
  })
}

describe('edits are durable', () => {
  it('every edit that returned survives SIGKILL of the writing process, 15 times over', async () => {
    const databasePath = path.join(mkdtempSync(path.join(os.tmpdir(), 'recto-kill-')), 'recto.db')
    const reported: number[] = []
    for (let round = 0; round < 15; round++) {
      // Kill at varying points, including right after the first edit returns.
      reported.push(...(await writeThenKill(databasePath, 1 + ((round * 37) % 60))))
    }
    const db = openDatabase(databasePath)
    const stored = new Set(listEdits(db).map((e) => e.id))
    const lost = reported.filter((id) => !stored.has(id))
    expect(lost).toEqual([])
    expect(reported.length).toBeGreaterThan(300)
    expect(verifyEditChain(db)).toMatchObject({ ok: true })
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok')
    db.close()
  })
})

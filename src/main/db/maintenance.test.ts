import { mkdirSync, mkdtempSync, readdirSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import Database from 'better-sqlite3'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { dbCommand } from '../cli/dbCommand'
import type { ReadableDb, WritableDb } from './handles'
import { backupDatabase, checkDatabase } from './maintenance'
import { openDatabase } from './open'
import { insertDocument } from './repositories/documents'
import { appendEdit } from './repositories/edits'

let dir: string
let file: string
let db: WritableDb

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'recto-maint-'))
  file = path.join(dir, 'recto.db')
  db = openDatabase(file)
  const documentId = insertDocument(db, {
    sha256: 'b'.repeat(64),
    fileName: 'x.pdf',
    originalPath: null,
    storedName: 'x.pdf',
    mime: 'application/pdf',
    sizeBytes: 1,
  })
  for (const newValue of ['1.00', '2.00', '3.00']) {
    appendEdit(db, {
      documentId,
      action: 'correct',
      fieldKey: 'total_amount',
      line: 0,
      page: 1,
      oldValue: '0.00',
      newValue,
      oldConfidence: 0.5,
      oldSource: 'ocr',
      bbox: null,
      user: 'clerk',
      appVersion: '0.1.0',
      modelVersion: 'rules-1',
    })
  }
})

describe('backups through the online backup API', () => {
  it('keeps the newest five consistent copies while the database stays open', async () => {
    const backups = path.join(dir, 'backups')
    mkdirSync(backups)
    let last = ''
    for (let i = 0; i < 7; i++) {
      last = await backupDatabase(db, backups, 5)
      await new Promise((r) => setTimeout(r, 5)) // distinct timestamps in the names
    }
    expect(readdirSync(backups).filter((f) => f.endsWith('.db'))).toHaveLength(5)
    const copy = new Database(last, { readonly: true })
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok')
    expect(copy.prepare('SELECT count(*) AS n FROM edits').get()).toEqual({ n: 3 })
    expect(checkDatabase(copy as ReadableDb).ok).toBe(true)
    copy.close()
  })
})

describe('recto db check', () => {
  it('passes an intact database and names the first tampered edit row', async () => {
    expect(checkDatabase(db)).toMatchObject({ ok: true, integrity: ['ok'], foreignKeyViolations: 0 })
    db.close()
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined)
    expect(await dbCommand(['check', '--db', file])).toBe(0)

    // someone with the sqlite3 shell drops the guard and rewrites the second edit
    const raw = new Database(file)
    raw.exec('DROP TRIGGER edits_refuse_update')
    raw.prepare("UPDATE edits SET new_value = '200.00' WHERE id = 2").run()
    raw.close()

    expect(await dbCommand(['check', '--db', file])).toBe(1)
    expect(log.mock.calls.flat().join('\n')).toMatch(/edit log TAMPERED at row 2/)
    log.mockRestore()
  })
})

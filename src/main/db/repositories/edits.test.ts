import { mkdtempSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import type { WritableDb } from '../handles'
import { openDatabase } from '../open'
import { insertDocument } from './documents'
import { appendEdit, listEdits, verifyEditChain } from './edits'

let db: WritableDb
let documentId: number

beforeEach(() => {
  db = openDatabase(path.join(mkdtempSync(path.join(os.tmpdir(), 'recto-edits-')), 'recto.db'))
  documentId = insertDocument(db, {
    sha256: 'a'.repeat(64),
    fileName: 'x.pdf',
    originalPath: null,
    storedName: 'x.pdf',
    mime: 'application/pdf',
    sizeBytes: 1,
  })
})

const edit = (newValue: string) =>
  appendEdit(db, {
    documentId,
    action: 'correct',
    fieldKey: 'total_amount',
    line: 0,
    page: 1,
    oldValue: '1.00',
    newValue,
    oldConfidence: 0.4,
    oldSource: 'ocr',
    bbox: [1, 2, 3, 4],
    user: 'clerk',
    appVersion: '0.1.0',
    modelVersion: 'm1',
  })

describe('edit log', () => {
  it('stores every column and reads it back', () => {
    const written = edit('2.00')
    const [read] = listEdits(db, { documentId })
    expect(read).toEqual(written)
    expect(read?.bbox).toEqual([1, 2, 3, 4])
    expect(read?.at).toMatch(/^\d{4}-\d\d-\d\dT.*Z$/)
  })

  it('refuses UPDATE and DELETE', () => {
    edit('2.00')
    expect(() => db.prepare("UPDATE edits SET new_value = '3.00'").run()).toThrow(/append-only/)
    expect(() => db.prepare('DELETE FROM edits').run()).toThrow(/append-only/)
  })

  it('chains hashes, and names the first row that was tampered with', () => {
    edit('2.00')
    const second = edit('3.00')
    edit('4.00')
    expect(verifyEditChain(db)).toEqual({ ok: true, rows: 3 })
    // A tamperer with file access can drop the trigger; the chain still gives them away.
    db.exec('DROP TRIGGER edits_refuse_update')
    db.prepare("UPDATE edits SET new_value = '9.99' WHERE id = ?").run(second.id)
    expect(verifyEditChain(db)).toEqual({ ok: false, badRowId: second.id, rows: 2 })
  })
})

import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import type { WritableDb } from '../handles'
import { migrate } from '../migrate'
import { loadPageWords, saveDocumentLanguage, savePage } from '../repositories/pages'
import { migration0001 } from './0001-initial'
import { migration0002 } from './0002-learning'
import { migration0003 } from './0003-roles'
import { migration0004 } from './0004-ranker'
import { migration0005 } from './0005-language'

const UP_TO_4 = [migration0001, migration0002, migration0003, migration0004]
const UP_TO_5 = [...UP_TO_4, migration0005]

/** A version-4 database with one document whose page was OCRed before languages were recorded. */
function atVersion4WithPage(): WritableDb {
  const db = new Database(':memory:') as WritableDb
  db.pragma('foreign_keys = ON')
  migrate(db, UP_TO_4)
  db.prepare(
    `INSERT INTO documents (id, sha256, file_name, stored_name, mime, size_bytes, status, created_at, updated_at)
     VALUES (1, 'abc', 'a.png', 'abc.png', 'image/png', 10, 'to_review', 'now', 'now')`,
  ).run()
  db.prepare("INSERT INTO pages (document_id, page, width, height, rotation, source) VALUES (1, 1, 100, 100, 0, 'ocr')").run()
  return db
}

describe('migration 0005 (language)', () => {
  it('keeps pages OCRed before it with unknown languages, and documents with no language', () => {
    const db = atVersion4WithPage()
    migrate(db, UP_TO_5)
    expect(db.pragma('user_version', { simple: true })).toBe(5)
    expect(loadPageWords(db, 1).get(1)).not.toHaveProperty('ocrLanguages')
    expect(db.prepare('SELECT language FROM documents WHERE id = 1').get()).toEqual({ language: null })
  })

  it('stores a page’s OCR languages and the document’s language, and only the three Recto reads', () => {
    const db = atVersion4WithPage()
    migrate(db, UP_TO_5)
    savePage(db, 1, { page: 1, width: 100, height: 100, rotation: 0, source: 'ocr', words: [], ocrLanguages: 'fra+eng' })
    expect(loadPageWords(db, 1).get(1)?.ocrLanguages).toBe('fra+eng')
    saveDocumentLanguage(db, 1, 'fra')
    expect(db.prepare('SELECT language FROM documents WHERE id = 1').get()).toEqual({ language: 'fra' })
    expect(() => saveDocumentLanguage(db, 1, 'klingon')).toThrow(/CHECK/)
  })

  it('is idempotent', () => {
    const db = atVersion4WithPage()
    migrate(db, UP_TO_5)
    const schema = () => db.prepare('SELECT name, sql FROM sqlite_master ORDER BY name').all()
    const before = schema()
    migrate(db, UP_TO_5)
    expect(schema()).toEqual(before)
  })
})

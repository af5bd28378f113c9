import type { Migration } from './types'

/**
 * OCR language detection. A page remembers the tesseract languages it was OCRed with, so that a
 * page read in the wrong language (before detection, or under other settings) is read again rather
 * than served from the store as final; a document remembers the language detected from its words.
 */
const sql = /* sql */ `
-- NULL: a text-layer page, or an OCR page read before languages were recorded.
ALTER TABLE pages ADD COLUMN ocr_languages TEXT;

-- eng, deu or fra; NULL when nothing on the pages pointed to a language, or not processed yet.
ALTER TABLE documents ADD COLUMN language TEXT CHECK (language IS NULL OR language IN ('eng', 'deu', 'fra'));
`

export const migration0005: Migration = {
  version: 5,
  name: 'language',
  source: sql,
  up: (db) => db.exec(sql),
}

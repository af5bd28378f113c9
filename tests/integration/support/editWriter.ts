/**
 * Child process for the durability test: appends edits as fast as it can and reports each one on
 * stdout (synchronously) only after appendEdit has returned. The parent kills it with SIGKILL.
 */
import { writeSync } from 'node:fs'
import { openDatabase } from '../../../src/main/db/open'
import { findDocumentBySha, insertDocument } from '../../../src/main/db/repositories/documents'
import { appendEdit } from '../../../src/main/db/repositories/edits'

const [databasePath] = process.argv.slice(2)
if (!databasePath) throw new Error('usage: editWriter.ts DB')
const db = openDatabase(databasePath)
const sha256 = 'd'.repeat(64)
const documentId =
  findDocumentBySha(db, sha256)?.id ??
  insertDocument(db, { sha256, fileName: 'd.pdf', originalPath: null, storedName: 'd.pdf', mime: 'application/pdf', sizeBytes: 1 })
writeSync(1, 'ready\n')
for (let i = 0; ; i++) {
  const edit = db.transaction(() =>
    appendEdit(db, { documentId, action: 'correct', fieldKey: 'total_amount', line: 0, newValue: String(i), user: 'kill-test', appVersion: 'test' }),
  )()
  writeSync(1, `${edit.id}\n`)
}

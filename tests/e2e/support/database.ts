import Database from 'better-sqlite3'
import type { EditRow } from '../../../src/shared/documents'

export type StoredEdit = Pick<EditRow, 'action' | 'fieldKey' | 'oldValue' | 'newValue' | 'user'> & {
  line: number | null
  bbox: string | null
  oldConfidence: number | null
}

/** Reads the edit log straight from the app's database file, read-only, beside the running app. */
export function editsInDatabase(databasePath: string, documentId?: number): StoredEdit[] {
  const db = new Database(databasePath, { readonly: true, fileMustExist: true })
  try {
    return db
      .prepare(
        `SELECT action, field_key AS fieldKey, line, old_value AS oldValue, new_value AS newValue,
           old_confidence AS oldConfidence, bbox, user FROM edits
         WHERE (@documentId IS NULL OR document_id = @documentId) ORDER BY id`,
      )
      .all({ documentId: documentId ?? null }) as StoredEdit[]
  } finally {
    db.close()
  }
}

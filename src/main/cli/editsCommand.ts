import { parseArgs } from 'node:util'
import { openDatabase } from '../db/open'
import { listEdits } from '../db/repositories/edits'
import { databaseLocation } from './dataOptions'

/** `recto edits [--document N] [--json]`: the audit trail. */
export async function editsCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { db: { type: 'string' }, document: { type: 'string' }, json: { type: 'boolean', default: false } },
  })
  const db = openDatabase(databaseLocation(values.db).databasePath)
  try {
    const edits = listEdits(db, values.document ? { documentId: Number(values.document) } : {})
    if (values.json) console.log(JSON.stringify({ edits }, null, 2))
    else {
      for (const e of edits) {
        const field = e.fieldKey ? ` ${e.fieldKey}${e.line ? `[${e.line}]` : ''}` : ''
        console.log(`${e.at} ${e.user} doc ${e.documentId} ${e.action}${field}: ${e.oldValue ?? ''} → ${e.newValue ?? ''}`)
      }
    }
    return 0
  } finally {
    db.close()
  }
}

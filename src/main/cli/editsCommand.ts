import { parseArgs } from 'node:util'
import { EDIT_ACTIONS } from '../../shared/documents'
import type { EditAction } from '../../shared/documents'
import { RectoError } from '../../shared/errors'
import { openDatabase } from '../db/open'
import { listAudit } from '../services/audit'
import { databaseLocation } from './dataOptions'

const DATE = /^\d{4}-\d{2}-\d{2}(T.*)?$/

/**
 * `recto edits [--document N] [--user U] [--action A] [--from DAY] [--to DAY] [--search S]
 * [--json]`: the audit trail, oldest first. Days are UTC and both ends are included; the same
 * filters as the app's edit log.
 */
export async function editsCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      db: { type: 'string' },
      document: { type: 'string' },
      user: { type: 'string' },
      action: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      search: { type: 'string' },
      json: { type: 'boolean', default: false },
    },
  })
  const filter = {
    documentId: values.document === undefined ? undefined : positive(values.document),
    user: values.user,
    action: values.action === undefined ? undefined : action(values.action),
    from: values.from === undefined ? undefined : date('--from', values.from),
    to: values.to === undefined ? undefined : date('--to', values.to),
    search: values.search,
    oldestFirst: true,
  }
  const db = openDatabase(databaseLocation(values.db).databasePath)
  try {
    const { entries: edits } = listAudit(db, filter)
    if (values.json) console.log(JSON.stringify({ edits }, null, 2))
    else {
      for (const e of edits) {
        const field = e.fieldKey ? ` ${e.fieldKey}${e.line ? `[${e.line}]` : ''}` : ''
        const change = `${e.oldValue ?? ''} → ${e.newValue ?? ''}`
        console.log(`${e.at} ${e.user} doc ${e.documentId} ${e.action}${field}: ${change}`)
      }
    }
    return 0
  } finally {
    db.close()
  }
}

function positive(text: string): number {
  const n = Number(text)
  if (!Number.isInteger(n) || n < 1) {
    throw new RectoError('invalid_option', `--document needs a document id, not "${text}"`)
  }
  return n
}

function action(text: string): EditAction {
  if (!(EDIT_ACTIONS as readonly string[]).includes(text)) {
    throw new RectoError('invalid_option', `--action must be one of ${EDIT_ACTIONS.join(', ')}`)
  }
  return text as EditAction
}

function date(option: string, text: string): string {
  if (!DATE.test(text) || !Number.isFinite(Date.parse(text))) {
    throw new RectoError('invalid_option', `${option} needs a date like 2025-03-01, not "${text}"`)
  }
  return text
}

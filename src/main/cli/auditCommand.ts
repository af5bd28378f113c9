import { parseArgs } from 'node:util'
import { openDatabase } from '../db/open'
import { verifyEditChain } from '../db/repositories/edits'
import { databaseLocation } from './dataOptions'

/** `recto audit verify`: exit 1 and name the first row whose hash does not hold. */
export async function auditCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { db: { type: 'string' } } })
  if (positionals[0] !== 'verify') throw new Error('usage: recto audit verify [--db FILE]')
  const db = openDatabase(databaseLocation(values.db).databasePath)
  try {
    const result = verifyEditChain(db)
    if (result.ok) {
      console.log(`edit log intact: ${result.rows} rows`)
      return 0
    }
    console.log(`edit log TAMPERED: row ${result.badRowId} does not match its hash chain`)
    return 1
  } finally {
    db.close()
  }
}

import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { backupDatabase, checkDatabase } from '../db/maintenance'
import { openDatabase } from '../db/open'
import { databaseLocation } from './dataOptions'

/** `recto db check` and `recto db backup [--out DIR]`. */
export async function dbCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { db: { type: 'string' }, out: { type: 'string' }, json: { type: 'boolean', default: false } },
  })
  const location = databaseLocation(values.db)
  const db = openDatabase(location.databasePath)
  try {
    if (positionals[0] === 'check') {
      const report = checkDatabase(db)
      if (values.json) console.log(JSON.stringify(report, null, 2))
      else {
        console.log(`schema version ${report.schemaVersion}`)
        console.log(`integrity: ${report.integrity.join('; ')}`)
        console.log(`foreign key violations: ${report.foreignKeyViolations}`)
        console.log(report.editChain.ok
          ? `edit log intact: ${report.editChain.rows} rows`
          : `edit log TAMPERED at row ${report.editChain.badRowId}`)
      }
      return report.ok ? 0 : 1
    }
    if (positionals[0] === 'backup') {
      const dir = values.out ?? path.join(location.dataDir, 'backups')
      mkdirSync(dir, { recursive: true })
      console.log(await backupDatabase(db, dir))
      return 0
    }
    throw new Error('usage: recto db check | recto db backup [--out DIR]')
  } finally {
    db.close()
  }
}

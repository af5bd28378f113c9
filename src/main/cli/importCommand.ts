import { parseArgs } from 'node:util'
import { createRecto } from '../services/createRecto'
import { databaseLocation } from './dataOptions'

/** `recto import PATH... [--db FILE]`: waits until every imported file is processed. */
export async function importCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { db: { type: 'string' }, json: { type: 'boolean', default: false } },
  })
  if (positionals.length === 0) throw new Error('name at least one file or folder: recto import PATH...')
  const recto = createRecto(databaseLocation(values.db))
  try {
    const off = recto.ctx.events.on('progress', (p) => {
      if (p.stage === 'done' || p.stage === 'failed') {
        process.stderr.write(`[${p.documentsDone}/${p.documentsTotal}] ${p.fileName}: ${p.stage}\n`)
      }
    })
    const result = await recto.handlers.importPaths({ paths: positionals })
    await recto.queue.idle()
    off()
    const failedDocs = recto.handlers
      .listDocuments({ status: ['failed'] })
      .filter((d) => result.added.some((a) => a.id === d.id))
    if (values.json) {
      console.log(JSON.stringify({ ...result, processingFailed: failedDocs.map((d) => ({ id: d.id, file: d.fileName, error: d.error })) }, null, 2))
    } else {
      console.log(`imported ${result.added.length}, already there ${result.duplicates.length}, unreadable ${result.failed.length}, failed to process ${failedDocs.length}`)
      for (const d of result.duplicates) console.log(`  duplicate: ${d.path} (document ${d.id})`)
      for (const f of result.failed) console.log(`  ${f.error}`)
      for (const d of failedDocs) console.log(`  failed: ${d.fileName}: ${d.error}`)
      console.log(`database: ${recto.ctx.databasePath}`)
    }
    return result.failed.length || failedDocs.length ? 1 : 0
  } finally {
    await recto.close()
  }
}

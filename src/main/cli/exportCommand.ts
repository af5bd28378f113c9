import path from 'node:path'
import { parseArgs } from 'node:util'
import { DOCUMENT_STATUSES } from '../../shared/documents'
import type { DocumentStatus } from '../../shared/documents'
import { RectoError } from '../../shared/errors'
import { openDatabase } from '../db/open'
import { exportTrainingSet } from '../export/exportTrainingSet'
import { EXPORT_FORMATS } from '../export/formats'
import type { ExportFormat } from '../export/formats'
import { parseSplit } from '../export/split'
import { APP_VERSION } from '../services/appVersion'
import { databaseLocation } from './dataOptions'

export const EXPORT_USAGE = `usage: recto export --format F --out DIR [options]

  --format F          ${EXPORT_FORMATS.join(' | ')}
  --out DIR           an empty (or new) folder
  --status S,S        document statuses to export (default: validated)
  --from / --to DATE  YYYY-MM-DD, inclusive, on the invoice date (or --date import: the import day)
  --supplier TEXT     supplier name contains TEXT (case-insensitive)
  --split 80,10,10    train,validation,test by file hash (default 80,10,10)
  --dpi N             resolution of page images (default 150)
  --images / --no-images   write page images (default: when the format uses them)
  --image-prefix URL  prefix of image paths in Label Studio tasks
  --drop-personal     remove the receiver's name and address, reviewer names, file names
  --force             write into a non-empty folder
  --quiet             no progress on stderr`

/** `recto export`: a labeled training set from reviewed documents. */
export async function exportCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      db: { type: 'string' },
      format: { type: 'string' },
      out: { type: 'string' },
      status: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      date: { type: 'string', default: 'invoice' },
      supplier: { type: 'string' },
      split: { type: 'string', default: '80,10,10' },
      dpi: { type: 'string', default: '150' },
      images: { type: 'boolean' },
      'no-images': { type: 'boolean' },
      'image-prefix': { type: 'string', default: '' },
      'drop-personal': { type: 'boolean', default: false },
      force: { type: 'boolean', default: false },
      quiet: { type: 'boolean', default: false },
    },
  })
  if (!values.format || !values.out) throw new RectoError('usage', EXPORT_USAGE)
  if (!(EXPORT_FORMATS as readonly string[]).includes(values.format)) {
    throw new RectoError('bad_format', `Unknown format "${values.format}"; choose one of ${EXPORT_FORMATS.join(', ')}.`)
  }
  if (values.date !== 'invoice' && values.date !== 'import') throw new RectoError('usage', '--date is invoice or import.')
  const statuses = (values.status ?? 'validated').split(',').map((s) => s.trim())
  const unknown = statuses.filter((s) => !(DOCUMENT_STATUSES as readonly string[]).includes(s))
  if (unknown.length) throw new RectoError('usage', `Unknown status ${unknown.join(', ')}; statuses are ${DOCUMENT_STATUSES.join(', ')}.`)
  if (values.images && values['no-images']) throw new RectoError('usage', 'Choose --images or --no-images, not both.')

  const location = databaseLocation(values.db)
  const db = openDatabase(location.databasePath)
  const controller = new AbortController()
  const onSignal = () => controller.abort()
  process.once('SIGINT', onSignal)
  try {
    let lastPercent = -1
    const result = await exportTrainingSet(db, {
      format: values.format as ExportFormat,
      outDir: values.out,
      filesDir: path.join(location.dataDir, 'files'),
      filter: {
        statuses: statuses as DocumentStatus[],
        from: values.from,
        to: values.to,
        dateBasis: values.date,
        supplier: values.supplier,
      },
      split: parseSplit(values.split),
      dpi: Number(values.dpi),
      images: values.images ? true : values['no-images'] ? false : undefined,
      imageUrlPrefix: values['image-prefix'],
      dropPersonal: values['drop-personal'],
      force: values.force,
      appVersion: APP_VERSION,
      signal: controller.signal,
      onProgress: (p) => {
        const percent = p.total ? Math.floor((p.done / p.total) * 100) : 100
        if (!values.quiet && p.stage === 'documents' && percent !== lastPercent) {
          lastPercent = percent
          process.stderr.write(`\rexporting ${p.done}/${p.total} documents (${percent}%)`)
        }
      },
    })
    if (!values.quiet && lastPercent >= 0) process.stderr.write('\n')
    console.log(
      `exported ${result.documents} documents (${result.pages} pages, ${result.images} images, ${result.files} files) to ${result.outDir}`,
    )
    for (const warning of result.warnings) console.log(`warning: ${warning}`)
    return 0
  } finally {
    process.off('SIGINT', onSignal)
    db.close()
  }
}

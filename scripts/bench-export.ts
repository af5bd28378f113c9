/**
 * Times the export of 10,000 synthetic validated documents (one page, 150 words, 13 header fields,
 * 4 line items, 3 edits each) per format, without page images. Target: ≤ 10 s per format.
 *   npx tsx scripts/bench-export.ts [--documents N] [--format F,F]
 */
import { createHash } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { openDatabase } from '../src/main/db/open'
import { insertDocument, saveProcessingResult } from '../src/main/db/repositories/documents'
import { appendEdit } from '../src/main/db/repositories/edits'
import { replaceExtractedFields } from '../src/main/db/repositories/fields'
import { savePage } from '../src/main/db/repositories/pages'
import { exportTrainingSet } from '../src/main/export/exportTrainingSet'
import { EXPORT_FORMATS } from '../src/main/export/formats'
import type { ExportFormat } from '../src/main/export/formats'
import type { ExtractedField } from '../src/shared/fields'
import type { Word } from '../src/shared/words'

const { values } = parseArgs({ options: { documents: { type: 'string', default: '10000' }, format: { type: 'string' } } })
const total = Number(values.documents)
const formats = (values.format?.split(',') ?? EXPORT_FORMATS) as ExportFormat[]
const dir = mkdtempSync(path.join(os.tmpdir(), 'recto-bench-export-'))
const db = openDatabase(path.join(dir, 'bench.db'))

let started = performance.now()
db.transaction(() => {
  for (let n = 0; n < total; n++) {
    const sha256 = createHash('sha256').update(`doc ${n}`).digest('hex')
    const id = insertDocument(db, { sha256, fileName: `invoice-${n}.pdf`, originalPath: null, storedName: `${sha256}.pdf`, mime: 'application/pdf', sizeBytes: 1000 })
    const words: Word[] = []
    for (let i = 0; i < 150; i++) {
      const x = 40 + (i % 10) * 52
      const y = 40 + Math.floor(i / 10) * 50
      words.push({ text: i % 7 === 0 ? `${n}-${i}` : `word${i}`, bbox: [x, y, x + 45, y + 10], confidence: 1, source: 'text-layer' })
    }
    savePage(db, id, { page: 1, width: 595.28, height: 841.89, rotation: 0, source: 'text-layer', words })
    const cell = (i: number, value: string): ExtractedField => {
      const w = words[i]!
      return { value, raw: w.text, confidence: 0.9, page: 1, bbox: w.bbox, source: 'text-layer' }
    }
    const header = ['invoice_id', 'invoice_date', 'due_date', 'currency', 'net_amount', 'total_tax_amount', 'total_amount',
      'supplier_name', 'supplier_tax_id', 'supplier_iban', 'receiver_name', 'purchase_order', 'payment_terms']
    const cells = header.map((key, i) => ({ line: 0, key, field: cell(i * 7, `${key}-${n}`) }))
    for (let line = 1; line <= 4; line++) {
      for (const [j, key] of ['description', 'quantity', 'unit_price', 'amount'].entries()) {
        cells.push({ line, key, field: cell(90 + line * 10 + j, `${key}-${line}`) })
      }
    }
    replaceExtractedFields(db, id, cells, 'rules-1')
    saveProcessingResult(db, id, { mime: 'application/pdf', pageCount: 1, modelVersion: 'rules-1', checks: [], status: 'validated' })
    for (const action of ['correct', 'accept', 'confirm'] as const) {
      appendEdit(db, { documentId: id, action, fieldKey: action === 'confirm' ? null : 'total_amount', line: 0, user: 'bench', appVersion: 'bench' })
    }
  }
})()
console.log(`inserted ${total} documents in ${((performance.now() - started) / 1000).toFixed(1)} s`)

for (const format of formats) {
  started = performance.now()
  const cpu = process.cpuUsage()
  const result = await exportTrainingSet(db, { format, outDir: path.join(dir, format), filesDir: dir, images: false })
  const seconds = (performance.now() - started) / 1000
  const used = process.cpuUsage(cpu)
  // CPU time too: on a shared machine the wall clock measures the neighbours as well.
  // System time apart: creating FUNSD's 10,000 files is the file system's work, not ours.
  const cpuSeconds = (used.user + used.system) / 1e6
  console.log(
    `${format.padEnd(12)} ${result.documents} documents, ${result.files} files in ${seconds.toFixed(2)} s ` +
      `(cpu ${cpuSeconds.toFixed(2)} s, of which system ${(used.system / 1e6).toFixed(2)} s)` +
      `${seconds > 10 ? '  over the 10 s target' : ''}`,
  )
}
// Peak of the whole process (inserting included): the export streams, so it must stay far below 1 GB.
console.log(`peak memory ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`)
db.close()
if (process.env.KEEP_BENCH_DB) console.log(`kept ${dir}`)
else rmSync(dir, { recursive: true, force: true })

/**
 * Dumps the words Recto reads from every document of a truth manifest to a folder of JSON files
 * (one PageWords[] per document). Extraction work iterates on these without re-running OCR.
 *   npx tsx scripts/dump-words.ts ../shared/data/invoices/truth.jsonl /tmp/recto-words
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { readDocument } from '../src/main/ingest/readDocument'
import { createOcrPool } from '../src/main/ingest/ocr/ocrPool'

const [manifest, outDir] = process.argv.slice(2)
if (!manifest || !outDir) throw new Error('usage: dump-words.ts TRUTH.jsonl OUT_DIR')
mkdirSync(outDir, { recursive: true })
const ocr = createOcrPool(['eng'])
const limits = { maxFileBytes: 200 * 2 ** 20, maxPages: 500, maxImagePixels: 150e6 }
const lines = readFileSync(manifest, 'utf8').split('\n').filter(Boolean)
for (const line of lines) {
  const entry = JSON.parse(line) as { path: string }
  const file = path.join(path.dirname(manifest), entry.path)
  const started = Date.now()
  const result = await readDocument(new Uint8Array(readFileSync(file)), { ocr, limits })
  const name = entry.path.replace(/[\\/]/g, '__') + '.json'
  writeFileSync(path.join(outDir, name), JSON.stringify(result.pages))
  const sources = result.pages.map((p) => p.source).join(',')
  console.log(`${entry.path}\t${result.pages.length}p\t${sources}\t${Date.now() - started}ms`)
}
await ocr.terminate()

/**
 * OCR speed benchmark: Recto's pipeline against native tesseract on the same page images, a
 * text-layer page to fields, and a mixed batch through the OCR pool.
 * Run: npx tsx scripts/bench-ocr.ts [--pages 100] [--runs 3]. Native tesseract is optional (Debian
 * tesseract-ocr) and only a yardstick; Recto never needs it.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'
import { gunzipSync } from 'node:zlib'
import sharp from 'sharp'
import { createOcrPool } from '../src/main/ingest/ocr/ocrPool'
import { openPdf } from '../src/main/ingest/pdfjsNode'
import { ocrScale, renderPageToGrey } from '../src/main/ingest/rasterize'
import { readDocument } from '../src/main/ingest/readDocument'
import { processDocument } from '../src/main/pipeline/processDocument'

const root = path.resolve(import.meta.dirname, '..')
const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`)
  return i >= 0 ? Number(process.argv[i + 1]) : fallback
}
const RUNS = arg('runs', 3)
const BATCH_PAGES = arg('pages', 100)
const limits = { maxFileBytes: 200 * 1_048_576, maxPages: 500, maxImagePixels: 150e6 }
const tmp = mkdtempSync(path.join(os.tmpdir(), 'recto-bench-ocr-'))
const file = (p: string) => new Uint8Array(readFileSync(path.join(root, p)))

const scanPdf = 'resources/samples/07-transports-lemoinard-scan.pdf'
const receipt = '../shared/data/invoices/sroie/000.jpg'
const textPdf = 'resources/samples/01-kranichsteg-feinmechanik.pdf'

async function timed<T>(fn: () => Promise<T>): Promise<number> {
  const start = performance.now()
  await fn()
  return performance.now() - start
}

async function median(fn: () => Promise<unknown>, runs = RUNS): Promise<number> {
  const times: number[] = []
  for (let i = 0; i < runs; i++) times.push(await timed(fn))
  times.sort((a, b) => a - b)
  return times[Math.floor(times.length / 2)]!
}

/** The scanned PDF page as Recto renders it for OCR, so native tesseract reads the same pixels. */
async function renderedScanPng(): Promise<string> {
  const doc = await openPdf(file(scanPdf))
  const page = await doc.getPage(1)
  const { width, height } = page.getViewport({ scale: 1 })
  const grey = await renderPageToGrey(page, { scale: ocrScale(width, height) }, doc.canvasFactory)
  await doc.destroy()
  const out = path.join(tmp, 'scan-page.png')
  const raw = { width: grey.width, height: grey.height, channels: 1 as const }
  await sharp(grey.data, { raw }).png().toFile(out)
  return out
}

function nativeTesseract(): ((image: string, psm: number) => number) | null {
  if (spawnSync('tesseract', ['--version']).status !== 0) return null
  const require = createRequire(import.meta.url)
  const pkg = path.dirname(require.resolve('@tesseract.js-data/eng/package.json'))
  const gz = readFileSync(path.join(pkg, '4.0.0_best_int/eng.traineddata.gz'))
  writeFileSync(path.join(tmp, 'eng.traineddata'), gunzipSync(gz))
  return (image, psm) => {
    const times: number[] = []
    for (let i = 0; i < RUNS; i++) {
      const start = performance.now()
      execFileSync('tesseract', [image, '-', '--psm', String(psm), '--tessdata-dir', tmp], {
        env: { ...process.env, OMP_THREAD_LIMIT: '1' },
        stdio: ['ignore', 'ignore', 'ignore'],
      })
      times.push(performance.now() - start)
    }
    return times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!
  }
}

const ms = (n: number) => `${Math.round(n)} ms`
const load = () => os.loadavg().map((l) => l.toFixed(1)).join(' ')

async function main(): Promise<void> {
  console.log(`cores ${os.availableParallelism()}, load ${load()}, runs ${RUNS}`)
  const single = createOcrPool(['eng'], 1)
  await readDocument(file(receipt), { ocr: single, limits }) // start the worker, load the model

  // 1. One scanned page, one worker against single-threaded native tesseract, same pixels.
  const scanPng = await renderedScanPng()
  const recto = {
    scan: await median(() => readDocument(file(scanPdf), { ocr: single, limits })),
    receipt: await median(() => readDocument(file(receipt), { ocr: single, limits })),
  }
  const native = nativeTesseract()
  console.log('\nscanned page, 1 worker (median):')
  for (const [name, image, ms_] of [
    ['07 scan PDF page', scanPng, recto.scan],
    ['sroie receipt', path.join(root, receipt), recto.receipt],
  ] as const) {
    const line = [`  ${name}: Recto ${ms(ms_)}`]
    if (native) {
      for (const psm of [6, 3]) {
        const n = native(image, psm)
        line.push(`native psm ${psm} ${ms(n)} (Recto/native ${(ms_ / n).toFixed(2)}×)`)
      }
    } else line.push('native tesseract not installed')
    console.log(line.join(', '))
  }
  await single.terminate()

  // 2. A text-layer page to fields, warm.
  const pool = createOcrPool(['eng'], 2)
  await processDocument(file(textPdf), { ocr: pool, limits })
  const textPage = await median(() => processDocument(file(textPdf), { ocr: pool, limits }), 10)
  console.log(`\ntext-layer page to fields (processDocument, warm, median of 10): ${ms(textPage)}`)

  // 3. A mixed batch, two documents at a time through one pool of two workers.
  const scans = [
    scanPdf,
    'resources/samples/08-copperbrook-ridge.png',
    'resources/samples/09-elbwiesen-elektro.jpg',
    receipt,
  ]
  const texts = [textPdf, 'resources/samples/06-quellmoor-buerobedarf.pdf']
  const batch: string[] = []
  // One document in five is a text PDF, as in a real inbox; the rest are scans.
  for (let i = 0; batch.length < BATCH_PAGES; i++) {
    batch.push(i % 5 === 4 ? texts[i % 2]! : scans[i % scans.length]!)
  }
  let scanned = 0
  let next = 0
  const lane = async () => {
    while (next < batch.length) {
      const result = await processDocument(file(batch[next++]!), { ocr: pool, limits })
      scanned += result.pages.filter((p) => p.source === 'ocr').length
    }
  }
  const elapsed = await timed(() => Promise.all([lane(), lane()]))
  const perMinute = (scanned / elapsed) * 60_000
  const seconds = (elapsed / 1000).toFixed(1)
  console.log(`\nmixed batch: ${batch.length} documents, ${scanned} scanned pages in ${seconds} s`)
  console.log(`  → ${perMinute.toFixed(1)} scanned pages/min on 2 workers`)
  await pool.terminate()
  const peak = process.resourceUsage().maxRSS / 1024
  console.log(`peak RSS ${peak.toFixed(0)} MB (tesseract workers are threads of this process)`)
  console.log(`load at end ${load()} (other work on this machine slows every number above)`)
}

try {
  await main()
} finally {
  rmSync(tmp, { recursive: true, force: true })
}

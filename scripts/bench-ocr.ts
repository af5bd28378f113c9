/**
 * OCR speed benchmark: Recto's pipeline against native tesseract on the same page images, a
 * text-layer page to fields, and a mixed batch of 100 documents through the app's own import and
 * processing queue.
 * Run: npx tsx scripts/bench-ocr.ts [--pages 100] [--runs 5] [--only scan|text|batch]. Native tesseract is optional (Debian
 * tesseract-ocr) and only a yardstick; Recto never needs it.
 *
 * Fairness: native tesseract reads the very image Recto starts from (the scan embedded in the PDF,
 * saved losslessly; the receipt's own JPEG) with the same `eng` best_int model, one thread
 * (OMP_THREAD_LIMIT=1). Recto runs as the app does: its OCR pool has one worker per core, and a
 * page is cut into bands that the workers read at once, so the wall-clock ratio uses both cores
 * where native uses one; the CPU-time ratio beside it shows the work done.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'
import { gunzipSync } from 'node:zlib'
import sharp from 'sharp'
import { readEmbeddedImage } from '../src/main/ingest/embeddedImage'
import { createOcrPool } from '../src/main/ingest/ocr/ocrPool'
import type { OcrEngine } from '../src/main/ingest/ocr/ocrPool'
import { readPageDrawing } from '../src/main/ingest/pageDrawing'
import { prepareForOcr } from '../src/main/ingest/ocr/preprocess'
import { openPdf } from '../src/main/ingest/pdfjsNode'
import { readDocument } from '../src/main/ingest/readDocument'
import { processDocument } from '../src/main/pipeline/processDocument'
import { createRecto } from '../src/main/services/createRecto'
import { DOCUMENTS_IN_FLIGHT } from '../src/main/services/processingQueue'

const root = path.resolve(import.meta.dirname, '..')
const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`)
  return i >= 0 ? Number(process.argv[i + 1]) : fallback
}
const RUNS = arg('runs', 5)
const BATCH_PAGES = arg('pages', 100)
const limits = { maxFileBytes: 200 * 1_048_576, maxPages: 500, maxImagePixels: 150e6 }
const tmp = mkdtempSync(path.join(os.tmpdir(), 'recto-bench-ocr-'))
const file = (p: string) => new Uint8Array(readFileSync(path.join(root, p)))

const scanPdf = 'resources/samples/07-transports-lemoinard-scan.pdf'
const receipt = '../shared/data/invoices/sroie/000.jpg'
const textPdf = 'resources/samples/01-kranichsteg-feinmechanik.pdf'

interface Cost {
  wall: number
  cpu: number
}

/** Wall and CPU milliseconds of this process (every thread: tesseract workers are threads). */
async function cost(fn: () => Promise<unknown>): Promise<Cost> {
  const cpu = process.cpuUsage()
  const start = performance.now()
  await fn()
  const used = process.cpuUsage(cpu)
  return { wall: performance.now() - start, cpu: (used.user + used.system) / 1000 }
}

function medianCost(costs: Cost[]): Cost {
  const mid = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!
  return { wall: mid(costs.map((c) => c.wall)), cpu: mid(costs.map((c) => c.cpu)) }
}

/** The scan inside the PDF, exactly as Recto reads it, saved losslessly for native tesseract. */
async function embeddedScanPng(): Promise<string> {
  const doc = await openPdf(file(scanPdf))
  try {
    const page = await doc.getPage(1)
    const sole = (await readPageDrawing(page)).soleImage
    const grey = sole && (await readEmbeddedImage(page, sole.objId))
    if (!grey) throw new Error(`${scanPdf} is no longer a single-image scan`)
    const out = path.join(tmp, 'scan-page.png')
    await sharp(grey.data, { raw: { width: grey.width, height: grey.height, channels: 1 } }).png().toFile(out)
    console.log(`  07's embedded scan: ${grey.width}×${grey.height} px, 8-bit grey`)
    return out
  } finally {
    await doc.destroy()
  }
}

type Native = (image: string, psm: number) => Cost
/** One native run; its user+system time comes from GNU time, its wall time from here. */
function nativeTesseract(): Native | null {
  try {
    execFileSync('tesseract', ['--version'], { stdio: 'ignore' })
  } catch {
    return null
  }
  const require = createRequire(import.meta.url)
  const pkg = path.dirname(require.resolve('@tesseract.js-data/eng/package.json'))
  const gz = readFileSync(path.join(pkg, '4.0.0_best_int/eng.traineddata.gz'))
  writeFileSync(path.join(tmp, 'eng.traineddata'), gunzipSync(gz))
  return (image, psm) => {
    const start = performance.now()
    const args = ['-f', '%U %S', 'tesseract', image, '-', '--psm', String(psm), '--tessdata-dir', tmp]
    const run = spawnSync('/usr/bin/time', args, {
      env: { ...process.env, OMP_THREAD_LIMIT: '1' },
      stdio: ['ignore', 'ignore', 'pipe'],
      encoding: 'utf8',
    })
    const wall = performance.now() - start
    if (run.status !== 0) throw new Error(`native tesseract failed: ${run.stderr}`)
    const [user = 0, system = 0] = run.stderr.trim().split('\n').at(-1)!.split(' ').map(Number)
    return { wall, cpu: (user + system) * 1000 }
  }
}

const ms = (n: number) => `${Math.round(n)} ms`
const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`
const load = () => os.loadavg().map((l) => l.toFixed(1)).join(' ')
const peakMb = () => (process.resourceUsage().maxRSS / 1024).toFixed(0)

/**
 * The image Recto hands tesseract for a page image (levelled, contrast stretched, small print
 * enlarged), saved for native tesseract: the same page at the resolution Recto chose for accuracy.
 */
async function preparedPng(image: string, name: string): Promise<string> {
  const { data, info } = await sharp(image).greyscale().raw().toBuffer({ resolveWithObject: true })
  const prepared = await prepareForOcr({ data, width: info.width, height: info.height })
  const out = path.join(tmp, `${name}-prepared.png`)
  await sharp(prepared.grey.data, { raw: { width: prepared.grey.width, height: prepared.grey.height, channels: 1 } }).png().toFile(out)
  return out
}

async function scannedPages(pool: OcrEngine): Promise<void> {
  console.log(`\n1. one scanned page, Recto (${pool.concurrency} workers) against native tesseract:`)
  const scanImage = await embeddedScanPng()
  const native = nativeTesseract()
  for (const [name, bytes, image] of [
    ['07 scanned PDF', file(scanPdf), scanImage],
    ['SROIE receipt 000', file(receipt), path.join(root, receipt)],
  ] as const) {
    const enlarged = await preparedPng(image, name.replace(/\W+/g, '-'))
    const natives = [
      { label: 'native psm 6', image, psm: 6 },
      { label: 'native psm 3', image, psm: 3 },
      { label: "native psm 6 on the enlarged image Recto's workers read", image: enlarged, psm: 6 },
    ]
    // Runs alternate, so that load from other work on the machine falls on both alike.
    const recto: Cost[] = []
    const nativeCosts: Cost[][] = natives.map(() => [])
    for (let i = 0; i < RUNS; i++) {
      recto.push(await cost(() => readDocument(bytes, { ocr: pool, limits })))
      if (native) natives.forEach((n, k) => nativeCosts[k]!.push(native(n.image, n.psm)))
    }
    const r = medianCost(recto)
    const line = [`  ${name}: Recto ${ms(r.wall)} (cpu ${ms(r.cpu)})`]
    if (!native) line.push('native tesseract not installed')
    natives.forEach(({ label }, k) => {
      if (!native) return
      const n = medianCost(nativeCosts[k]!)
      const ratios = `Recto/native wall ${ratio(r.wall, n.wall)}, cpu ${ratio(r.cpu, n.cpu)}`
      line.push(`${label} ${ms(n.wall)} (cpu ${ms(n.cpu)}): ${ratios}`)
    })
    console.log(line.join('\n    '))
  }
}

async function textPage(pool: OcrEngine): Promise<void> {
  const bytes = file(textPdf)
  for (let i = 0; i < 5; i++) await processDocument(bytes, { ocr: pool, limits })
  const costs: Cost[] = []
  for (let i = 0; i < 30; i++) costs.push(await cost(() => processDocument(bytes, { ocr: pool, limits })))
  const { wall, cpu } = medianCost(costs)
  const figure = `${wall.toFixed(1)} ms (cpu ${cpu.toFixed(1)} ms)`
  console.log(`\n2. text-layer page to fields (processDocument, warm, median of 30): ${figure}`)
}

/** `--only scan|text|batch` runs one part (they take minutes together). */
function wanted(part: string): boolean {
  const i = process.argv.indexOf('--only')
  return i < 0 || process.argv[i + 1] === part
}

/** One document in five is a text PDF, as in a real inbox; the rest are scans. */
function mixedBatch(): string[] {
  const scans = [
    scanPdf,
    'resources/samples/08-copperbrook-ridge.png',
    'resources/samples/09-elbwiesen-elektro.jpg',
    receipt,
  ]
  const texts = [textPdf, 'resources/samples/06-quellmoor-buerobedarf.pdf']
  const batch: string[] = []
  for (let i = 0; batch.length < BATCH_PAGES; i++) batch.push(i % 5 === 4 ? texts[i % 2]! : scans[i % scans.length]!)
  return batch
}

/**
 * The batch as distinct files: each copy gets a few bytes after its end (ignored by PDF, PNG and
 * JPEG readers), so that neither duplicate detection nor the page cache by file hash skips it.
 */
function writeBatchFiles(): string[] {
  const dir = path.join(tmp, 'batch')
  mkdirSync(dir, { recursive: true })
  return mixedBatch().map((source, i) => {
    const out = path.join(dir, `${String(i).padStart(3, '0')}-${path.basename(source)}`)
    writeFileSync(out, Buffer.concat([Buffer.from(file(source)), Buffer.from(`\n% copy ${i}\n`)]))
    return out
  })
}

/**
 * The batch as the app runs it: imported into a fresh database, processed by the app's own queue
 * (documents in flight, pipeline worker thread, language detection as in the default settings),
 * every result saved. `inFlight` 1 shows what keeping two documents in flight buys; without
 * detection, every scan is read once in English, as when the inbox's one language is configured.
 */
async function batchThroughApp(paths: string[], options: { inFlight?: number; detect?: boolean } = {}): Promise<void> {
  const { inFlight = DOCUMENTS_IN_FLIGHT, detect = true } = options
  const recto = createRecto({ dataDir: mkdtempSync(path.join(tmp, 'app-')), documentsInFlight: inFlight })
  try {
    if (!detect) recto.handlers.updateSettings({ detectLanguage: false })
    // Sampled, since the process's peak RSS also covers the runs before this one.
    let peakRss = 0
    const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage.rss())), 100)
    const { wall } = await cost(async () => {
      await recto.handlers.importPaths({ paths })
      await recto.queue.idle()
    }).finally(() => clearInterval(sampler))
    const count = (sql: string) => (recto.ctx.db.prepare(sql).get() as { n: number }).n
    const scanned = count(`SELECT count(*) AS n FROM pages WHERE source = 'ocr'`)
    const failed = count(`SELECT count(*) AS n FROM documents WHERE status = 'failed'`)
    const perMinute = (scanned / wall) * 60_000
    console.log(
      `  ${inFlight} in flight, language detection ${detect ? 'on' : 'off'}: ${paths.length} documents (${failed} failed), ` +
        `${scanned} scanned pages in ${(wall / 1000).toFixed(1)} s → ${perMinute.toFixed(1)} scanned pages/min, ` +
        `peak RSS ${(peakRss / 1_048_576).toFixed(0)} MB`,
    )
  } finally {
    await recto.close()
  }
}

async function main(): Promise<void> {
  console.log(`cores ${os.availableParallelism()}, load ${load()}, runs ${RUNS}`)
  const pool = createOcrPool(['eng'])
  await readDocument(file(receipt), { ocr: pool, limits }) // start the workers, load the model
  if (wanted('scan')) await scannedPages(pool)
  if (wanted('text')) await textPage(pool)
  await pool.terminate()
  if (wanted('batch')) {
    const paths = writeBatchFiles()
    console.log(`\n3. mixed batch of ${paths.length} documents through the app's import and processing queue:`)
    await batchThroughApp(paths)
    await batchThroughApp(paths, { detect: false })
    await batchThroughApp(paths, { inFlight: 1 })
  }
  console.log(`\npeak RSS ${peakMb()} MB (the whole benchmark process; tesseract workers are its threads)`)
  console.log(`load at end ${load()} (other work on this machine slows every number above)`)
}

try {
  await main()
} finally {
  rmSync(tmp, { recursive: true, force: true })
}

/// <reference lib="dom" />
/**
 * Measures the clerk's screen in Chromium over the real services (issue: the clerk's workbench):
 * time from opening a processed document to page and boxes painted, keystroke-to-focus latency,
 * queue scrolling with 10,000 documents, and the e2e flow's actions per corrected field.
 * Run: npx tsx scripts/measure-ui.ts   (after `npm run build`; needs Chromium like the e2e tests)
 */
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { createInterface } from 'node:readline'
import { chromium } from '@playwright/test'
import { openDatabase } from '../src/main/db/open'
import { insertDocument } from '../src/main/db/repositories/documents'
import { chromiumExecutable } from '../tests/e2e/support/chromium'

const root = path.resolve(import.meta.dirname, '..')
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN

async function startBridge(dataDir: string, samples: boolean): Promise<{ url: string; stop: () => void }> {
  const args = [path.join(root, 'bin/recto-web.mjs'), '--data', dataDir, '--no-build']
  if (!samples) args.push('--no-samples')
  const child = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] })
  // A failed measure must not leave its bridge running.
  process.on('exit', () => child.kill('SIGTERM'))
  const url = await new Promise<string>((resolve) =>
    createInterface({ input: child.stdout }).on('line', (l) => l.startsWith('RECTO_BRIDGE_URL ') && resolve(l.split(' ')[1]!)),
  )
  return { url, stop: () => child.kill('SIGTERM') }
}

const browser = await chromium.launch({
  executablePath: chromiumExecutable(),
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
})
const page = await browser.newPage({ viewport: { width: 1440, height: 900 } })
// tsx names the functions it compiles with a `__name` helper, which the page does not have.
await page.addInitScript('window.__name = (f) => f')

// 1. Open to painted, and keystroke-to-focus, on the bundled samples. The span is taken inside the
// page (src/renderer/src/lib/openTiming.ts): from the open action to the frame after the page and
// its boxes are drawn. The driver's own click-to-attribute time is kept beside it for comparison.
const samples = await startBridge(mkdtempSync(path.join(os.tmpdir(), 'recto-measure-')), true)
await page.goto(samples.url)
await page.locator('[data-testid=queue-row][data-status=to_review]').nth(8).waitFor({ timeout: 300_000 })

interface OpenTiming {
  totalMs: number
  detailMs: number | null
  pagesMs: number | null
  drawnMs: number | null
}

/** The in-page measure of the last open of `documentId`, with its steps. */
async function openTiming(documentId: number): Promise<OpenTiming> {
  await page.waitForFunction(
    (id) => performance.getEntriesByName('recto:open-to-painted').some((e) => (e as PerformanceMeasure).detail?.documentId === id),
    documentId,
  )
  return page.evaluate((id) => {
    const mine = (e: PerformanceEntry) => (e as PerformanceMark).detail?.documentId === id
    const measure = performance.getEntriesByName('recto:open-to-painted').filter(mine).at(-1)!
    const step = (name: string) => {
      const mark = performance.getEntriesByName(`recto:open:${name}`).filter(mine).at(-1)
      return mark && mark.startTime >= measure.startTime ? mark.startTime - measure.startTime : null
    }
    performance.clearMeasures()
    return { totalMs: measure.duration, detailMs: step('detail'), pagesMs: step('pages'), drawnMs: step('drawn') }
  }, documentId)
}

async function openRow(index: number): Promise<{ inPage: OpenTiming; driverMs: number }> {
  const row = page.getByTestId('queue-row').nth(index)
  const documentId = Number(await row.getAttribute('data-document-id'))
  const started = performance.now()
  await row.click()
  await page.locator('[data-testid=page-view][data-painted=true]').waitFor()
  await page.getByTestId('field-box').first().waitFor()
  const driverMs = performance.now() - started
  return { inPage: await openTiming(documentId), driverMs }
}

async function backToQueue(): Promise<void> {
  await page.keyboard.press('Escape')
  await page.getByTestId('queue-view').waitFor()
}

// 1a. Cold: rows in reverse order, so no document was loaded ahead (the prefetch guesses the
// next one by id). pdf.js itself is warm: it starts while the queue is on screen.
const cold: { inPage: OpenTiming; driverMs: number }[] = []
for (let i = 8; i >= 0; i--) {
  cold.push(await openRow(i))
  await backToQueue()
}

// 1b. In the clerk's order after a fresh start: each document's pages were loaded ahead while the
// previous one was on screen (the first one is cold).
await page.reload()
await page.locator('[data-testid=queue-row][data-status=to_review]').nth(8).waitFor()
const inOrder: { inPage: OpenTiming; driverMs: number }[] = []
const focusTimes: number[] = []
for (let i = 0; i < 9; i++) {
  inOrder.push(await openRow(i))
  await page.evaluate(() => {
    const w = window as unknown as { __keyAt?: number; __focusLag?: number[]; __listening?: boolean }
    w.__focusLag = []
    if (w.__listening) return
    w.__listening = true
    document.addEventListener('keydown', () => (w.__keyAt = performance.now()), { capture: true })
    document.addEventListener('focusin', () => w.__keyAt && w.__focusLag!.push(performance.now() - w.__keyAt))
  })
  for (let k = 0; k < 4; k++) await page.keyboard.press('Tab')
  focusTimes.push(...(await page.evaluate(() => (window as unknown as { __focusLag: number[] }).__focusLag)))
  await backToQueue()
}
samples.stop()

// 2. Queue scrolling with 10,000 documents.
const bigDir = mkdtempSync(path.join(os.tmpdir(), 'recto-measure-10k-'))
const db = openDatabase(path.join(bigDir, 'recto.db'))
db.transaction(() => {
  for (let i = 0; i < 10_000; i++) {
    const id = insertDocument(db, { sha256: i.toString(16).padStart(64, '0'), fileName: `invoice-${i}.pdf`, originalPath: null, storedName: 'x.pdf', mime: 'application/pdf', sizeBytes: 1 })
    db.prepare("UPDATE documents SET status = 'to_review', page_count = 1 WHERE id = ?").run(id)
  }
})()
db.close()
const big = await startBridge(bigDir, false)
await page.goto(big.url)
await page.locator('[data-testid=queue-list][data-count="10000"]').waitFor({ timeout: 60_000 })
const scroll = await page.evaluate(async () => {
  const list = document.querySelector('[data-testid=queue-list]') as HTMLElement
  const scroller = (list.querySelector('[data-scroll]') as HTMLElement | null) ?? list
  const frames: number[] = []
  let last = performance.now()
  for (let i = 0; i < 240; i++) {
    scroller.scrollTop += 400
    await new Promise(requestAnimationFrame)
    const now = performance.now()
    frames.push(now - last)
    last = now
  }
  frames.sort((a, b) => a - b)
  return { frames: frames.length, medianMs: frames[120]!, p95Ms: frames[228]!, scrolledTo: scroller.scrollTop }
})
big.stop()
await browser.close()

const actionsFile = path.join(root, '.measure/clerk-flow-actions.json')
interface FlowActions {
  correctedFields: number
  actionsPerField: number
  byMethod: Record<string, { fields: number; actions: number }>
  counting: string
}
const actions = existsSync(actionsFile) ? (JSON.parse(readFileSync(actionsFile, 'utf8')) as FlowActions) : null
const describeOpens = (label: string, opens: { inPage: OpenTiming; driverMs: number }[]) => {
  const totals = opens.map((o) => o.inPage.totalMs)
  const steps = (pick: (t: OpenTiming) => number | null) => median(opens.map((o) => pick(o.inPage) ?? NaN)).toFixed(0)
  console.log(
    `open → page and boxes painted, ${label}: median ${median(totals).toFixed(0)} ms, max ${Math.max(...totals).toFixed(0)} ms` +
      ` (medians: fields from main at ${steps((t) => t.detailMs)} ms, file loaded at ${steps((t) => t.pagesMs)} ms,` +
      ` page drawn at ${steps((t) => t.drawnMs)} ms;` +
      ` driver's click to attribute seen: median ${median(opens.map((o) => o.driverMs)).toFixed(0)} ms) [target ≤ 300]`,
  )
  console.log(`  each, ms: ${totals.map((t) => t.toFixed(0)).join(' ')}`)
}
describeOpens('nothing loaded ahead (9 documents, reverse order)', cold)
describeOpens('in queue order, next document loaded ahead (first one cold)', inOrder)
console.log(`keystroke → focus moved: median ${median(focusTimes).toFixed(1)} ms over ${focusTimes.length} Tabs`)
console.log(`queue with 10,000 documents: ${scroll.frames} scroll frames, median ${scroll.medianMs.toFixed(1)} ms, p95 ${scroll.p95Ms.toFixed(1)} ms per frame`)
if (actions) {
  const methods = Object.entries(actions.byMethod).map(([m, c]) => `${m} ${c.actions}/${c.fields}`).join(', ')
  console.log(
    `e2e clerk flow: ${actions.actionsPerField.toFixed(2)} user actions per corrected field over ${actions.correctedFields} fields` +
      ` (actions/fields by method: ${methods}; ${actions.counting}) [target ≤ 1.2]`,
  )
} else console.log('e2e clerk flow: n/a (run tests/e2e/clerkFlow.spec.ts first)')

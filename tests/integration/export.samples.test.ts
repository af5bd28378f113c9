import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { exportCommand } from '../../src/main/cli/exportCommand'
import { exportTrainingSet } from '../../src/main/export/exportTrainingSet'
import type { ExportOptions } from '../../src/main/export/exportTrainingSet'
import { EXPORT_FORMATS } from '../../src/main/export/formats'
import { createRecto } from '../../src/main/services/createRecto'
import type { Recto } from '../../src/main/services/createRecto'
import { checkExport, listFiles } from '../fixtures/export/shapeChecks'

/** Exports of samples read by the real pipeline (text PDF, two-page PDF, PNG scan), reviewed by hand. */
const samples = path.resolve(import.meta.dirname, '../../resources/samples')
let recto: Recto
const tmp = () => mkdtempSync(path.join(os.tmpdir(), 'recto-export-'))
const run = (options: Partial<ExportOptions> & Pick<ExportOptions, 'format'>) =>
  exportTrainingSet(recto.ctx.db, { outDir: path.join(tmp(), 'out'), filesDir: recto.ctx.filesDir, ...options })

beforeAll(async () => {
  const files = ['01-kranichsteg-feinmechanik.pdf', '06-quellmoor-buerobedarf.pdf', '08-copperbrook-ridge.png']
  recto = createRecto({ dataDir: tmp(), seedPaths: files.map((f) => path.join(samples, f)) })
  await recto.queue.idle()
  const h = recto.handlers
  const byName = (prefix: string) => h.listDocuments({}).find((d) => d.fileName.startsWith(prefix))!.id
  const pdf = byName('01-')
  const png = byName('08-')
  h.updateField({ documentId: pdf, key: 'receiver_name', line: 0, action: 'correct', value: 'Norderhaven Maschinenbau AG', page: 1, bbox: [57, 152, 200, 162] })
  h.updateField({ documentId: pdf, key: 'invoice_id', line: 0, action: 'accept' })
  // Dates set by hand so the date filters below do not depend on the extractor of the day.
  h.updateField({ documentId: pdf, key: 'invoice_date', line: 0, action: 'correct', value: '2025-04-03' })
  h.updateField({ documentId: png, key: 'invoice_date', line: 0, action: 'correct', value: '2025-05-22' })
  h.confirmDocument({ documentId: pdf })
  h.updateField({ documentId: png, key: 'net_amount', line: 0, action: 'correct', value: '263.21', raw: '$263.21', page: 1, bbox: [1095, 797, 1162, 812] })
  h.confirmDocument({ documentId: png })
})
afterAll(() => recto.close())

describe('exports of reviewed samples', () => {
  it.each(EXPORT_FORMATS)('%s: validated documents only, every file hashed, shapes right', async (format) => {
    const result = await run({ format })
    expect(result.warnings).toEqual([])
    const manifest = checkExport(result.outDir)
    expect(manifest.counts.documents).toBe(2)
    if (['layoutlm', 'donut', 'funsd', 'labelstudio'].includes(format)) expect(manifest.counts.images).toBe(2)
  })

  it('exports other statuses on request, with every page of a two-page document', async () => {
    const result = await run({ format: 'layoutlm', filter: { statuses: ['validated', 'to_review'] } })
    expect(checkExport(result.outDir).counts).toMatchObject({ documents: 3, pages: 4, images: 4 })
  })

  it('filters by supplier and by invoice or import date', async () => {
    const count = async (filter: ExportOptions['filter']) => (await run({ format: 'csv', filter })).documents
    expect(await count({ supplier: 'KRANICH' })).toBe(1)
    expect(await count({ from: '2025-05-01', to: '2025-05-31' })).toBe(1)
    expect(await count({ to: '2025-04-30' })).toBe(1)
    const today = new Date().toISOString().slice(0, 10)
    expect(await count({ from: today, dateBasis: 'import' })).toBe(2)
    expect(await count({ to: '2000-01-01', dateBasis: 'import' })).toBe(0)
    await expect(count({ from: '01.05.2025' })).rejects.toThrow(/YYYY-MM-DD/)
  })

  it('removes personal data from words, fields, edits and images', async () => {
    const result = await run({ format: 'labelstudio', dropPersonal: true })
    checkExport(result.outDir)
    for (const file of listFiles(result.outDir).filter((f) => !f.endsWith('.png'))) {
      const text = readFileSync(path.join(result.outDir, file), 'utf8')
      expect(text, file).not.toMatch(/Norderhaven|Maple Street|Deichstra|clerk|copperbrook-ridge\.png/)
    }
    const plain = await run({ format: 'labelstudio' })
    const image = (dir: string) => readFileSync(path.join(dir, listFiles(dir).find((f) => f.endsWith('.png'))!))
    expect(image(result.outDir).equals(image(plain.outDir))).toBe(false)
  })

  it('never writes into a non-empty folder without force', async () => {
    const out = tmp()
    writeFileSync(path.join(out, 'notes.txt'), 'mine')
    await expect(run({ format: 'csv', outDir: out })).rejects.toThrow(/not empty/)
    await run({ format: 'csv', outDir: out, force: true })
    expect(readFileSync(path.join(out, 'notes.txt'), 'utf8')).toBe('mine')
    expect(existsSync(path.join(out, 'manifest.json'))).toBe(true)
  })

  it('stops on cancel and leaves nothing behind', async () => {
    const controller = new AbortController()
    const out = path.join(tmp(), 'out')
    const progress: number[] = []
    await expect(
      run({ format: 'layoutlm', outDir: out, signal: controller.signal, onProgress: (p) => (progress.push(p.done), controller.abort()) }),
    ).rejects.toThrow(/cancelled/)
    expect(progress).toEqual([1])
    expect(readdirSync(out)).toEqual([])
  })

  it('runs from the command line', async () => {
    const out = path.join(tmp(), 'cli')
    const args = ['--db', recto.ctx.databasePath, '--format', 'donut', '--out', out, '--split', '50,50', '--dpi', '100', '--quiet']
    expect(await exportCommand(args)).toBe(0)
    const manifest = checkExport(out)
    expect(manifest).toMatchObject({ counts: { documents: 2 }, format_versions: { images: 'png@100dpi' } })
    await expect(exportCommand(args)).rejects.toThrow(/not empty/)
    await expect(exportCommand(['--format', 'coco', '--out', out])).rejects.toThrow(/Unknown format/)
  })
})

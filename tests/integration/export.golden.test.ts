import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { exportTrainingSet } from '../../src/main/export/exportTrainingSet'
import type { ExportOptions } from '../../src/main/export/exportTrainingSet'
import { EXPORT_FORMATS } from '../../src/main/export/formats'
import type { Recto } from '../../src/main/services/createRecto'
import { buildExportFixture } from '../fixtures/export/buildFixture'
import { checkExport, listFiles } from '../fixtures/export/shapeChecks'

/*
 * Golden exports of the two-document fixture, one folder per format under
 * tests/fixtures/export/golden. They are meant to be read by a person: after a deliberate change,
 * run `UPDATE_GOLDEN=1 npx vitest run tests/integration/export.golden.test.ts` and review the diff.
 * PNG bytes depend on the renderer's version, so images are checked by shape, not by golden bytes.
 */
const goldenDir = path.resolve(import.meta.dirname, '../fixtures/export/golden')
const update = process.env.UPDATE_GOLDEN === '1'
let recto: Recto
let work: string

beforeAll(async () => {
  ;({ recto } = await buildExportFixture())
  work = mkdtempSync(path.join(os.tmpdir(), 'recto-export-golden-'))
})
afterAll(async () => {
  await recto.close()
  rmSync(work, { recursive: true, force: true })
})

const variants: { name: string; options: Pick<ExportOptions, 'format'> & Partial<ExportOptions> }[] = [
  ...EXPORT_FORMATS.map((format) => ({ name: format, options: { format } })),
  { name: 'jsonl-drop-personal', options: { format: 'jsonl', dropPersonal: true } },
  { name: 'layoutlm-drop-personal', options: { format: 'layoutlm', dropPersonal: true } },
]

describe('golden exports of the fixture database', () => {
  it.each(variants)('$name', async ({ name, options }) => {
    const out = path.join(work, name)
    const result = await exportTrainingSet(recto.ctx.db, {
      outDir: out,
      filesDir: recto.ctx.filesDir,
      split: { train: 0.6, validation: 0.4, test: 0 },
      dpi: 72,
      appVersion: 'test',
      imageUrlPrefix: '',
      ...options,
    })
    expect(result.warnings).toEqual([])
    checkExport(out)
    const golden = path.join(goldenDir, name)
    const texts = listFiles(out).filter((f) => !f.endsWith('.png'))
    if (update) {
      rmSync(golden, { recursive: true, force: true })
      mkdirSync(golden, { recursive: true })
      for (const f of texts) cpSync(path.join(out, f), path.join(golden, f), { recursive: true })
    }
    expect(texts.sort()).toEqual(listFiles(golden).sort())
    for (const f of texts) {
      expect(normalise(f, readFileSync(path.join(out, f), 'utf8')), f).toBe(normalise(f, readFileSync(path.join(golden, f), 'utf8')))
    }
  })
})

/** The manifest lists PNG hashes, which follow the renderer's version rather than Recto's code. */
function normalise(file: string, text: string): string {
  if (file !== 'manifest.json') return text
  const manifest = JSON.parse(text) as { files: { path: string; bytes: number | string; sha256: string }[] }
  for (const f of manifest.files) {
    if (f.path.endsWith('.png')) Object.assign(f, { bytes: '(png)', sha256: '(png)' })
  }
  return JSON.stringify(manifest, null, 2)
}

import { existsSync, mkdtempSync, readFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { expect, test } from './support/fixtures'
import { editsInDatabase } from './support/database'

const root = path.resolve(import.meta.dirname, '../..')

test.use({ seedSamples: false })

test('a whole session — import, OCR, review, confirm, export — makes no network request', async ({ recto }) => {
  const { page } = recto
  // Import a scan through the app's own picker: it is read by OCR.
  await page.getByTestId('import-input').setInputFiles(path.join(root, 'resources/samples/08-copperbrook-ridge.png'))
  const row = page.locator('[data-testid=queue-row][data-status=to_review]')
  await expect(row).toHaveCount(1, { timeout: 120_000 })
  const documentId = Number(await row.getAttribute('data-document-id'))

  await row.click()
  await expect(page.getByTestId('page-view')).toHaveAttribute('data-painted', 'true')
  const input = page.getByTestId('field-purchase_order')
  await input.click()
  await input.fill('PO-OFFLINE-1')
  await input.press('Enter')
  await expect(page.getByTestId('review-status')).toHaveAttribute('data-saving', 'false')
  await page.keyboard.press('Control+Enter')
  await expect.poll(() => editsInDatabase(recto.databasePath, documentId).map((e) => e.action)).toEqual(['correct', 'confirm'])

  const outDir = mkdtempSync(path.join(os.tmpdir(), 'recto-e2e-offline-export-'))
  await page.getByTestId('open-export').click()
  await page.getByTestId('export-out-dir').fill(outDir)
  await page.getByTestId('export-force').check()
  await page.getByTestId('export-start').click()
  await expect(page.getByTestId('export-summary')).toContainText('Wrote 1 documents')
  const manifest = JSON.parse(readFileSync(path.join(outDir, 'manifest.json'), 'utf8')) as { files: unknown }
  expect(manifest.files).toBeTruthy()
  expect(existsSync(path.join(outDir, 'edits.jsonl'))).toBe(true)

  expect(recto.foreignRequests).toEqual([])
})

import { mkdtempSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { expect, test } from './support/fixtures'

const sample = path.resolve(import.meta.dirname, '../../resources/samples/01-kranichsteg-feinmechanik.pdf')

test.use({ seedSamples: false })

test('profiles, the edit log, metrics for supervisors, and an export with its summary', async ({ recto }) => {
  const { page } = recto
  await page.getByTestId('import-input').setInputFiles(sample)
  await expect(page.locator('[data-testid=queue-row][data-status=to_review]')).toHaveCount(1, { timeout: 120_000 })

  // the first profile is a supervisor: it adds a clerk
  await expect(page.getByTestId('profile-select')).toHaveAttribute('data-role', 'supervisor')
  await page.getByTestId('open-profiles').click()
  await page.getByTestId('new-profile-name').fill('ann')
  await page.getByTestId('new-profile-add').click()
  await expect(page.getByTestId('profile-row')).toHaveCount(2)
  await page.getByTestId('profiles-dialog').getByRole('button', { name: 'Close' }).click()

  // a confirmation shows in the edit log, in the global view and in the document's history
  await page.getByTestId('queue-row').click()
  await expect(page.getByTestId('review-view')).toHaveAttribute('data-document-id', /\d+/)
  await page.getByTestId('confirm-document').click()
  await expect(page.locator('[data-testid=queue-row][data-status=validated]')).toHaveCount(1)
  await page.getByTestId('nav-audit').click()
  await expect(page.locator('[data-testid=audit-row][data-action=confirm]')).toHaveCount(1)
  await page.getByTestId('audit-search').fill('no such supplier')
  await expect(page.getByTestId('audit-empty')).toBeVisible()

  await page.getByTestId('nav-metrics').click()
  await expect(page.getByTestId('metric-confirmed')).toHaveText('1')

  const outDir = mkdtempSync(path.join(os.tmpdir(), 'recto-e2e-export-'))
  await page.getByTestId('open-export').click()
  await page.getByTestId('export-out-dir').fill(outDir)
  await page.getByTestId('export-force').check()
  await page.getByTestId('export-start').click()
  await expect(page.getByTestId('export-summary')).toContainText('Wrote 1 documents')
  await page.getByRole('button', { name: 'Done' }).click()

  // a clerk does not see the metrics
  await page.getByTestId('profile-select').selectOption('ann')
  await expect(page.getByTestId('profile-select')).toHaveAttribute('data-role', 'clerk')
  await expect(page.getByTestId('nav-metrics')).toHaveCount(0)
  await expect(page.getByTestId('queue-view')).toBeVisible()
})

import path from 'node:path'
import { expect, test } from './support/fixtures'

const root = path.resolve(import.meta.dirname, '../..')

test.use({ seedSamples: false })

/**
 * The strict CSP in src/renderer/index.html must not cost the app anything: a session that paints
 * a text PDF and a scan through pdf.js and opens the About box meets not one violation (no eval
 * attempt, no inline style or script, nothing fetched from elsewhere).
 */
test('the renderer works under its Content-Security-Policy without a single violation', async ({ recto }) => {
  const { page } = recto
  const violations: string[] = []
  await page.exposeFunction('reportCspViolation', (line: string) => violations.push(line))
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const report = (window as unknown as { reportCspViolation: (line: string) => void }).reportCspViolation
      report(`${e.violatedDirective} ${e.blockedURI} at ${e.sourceFile}:${e.lineNumber}`)
    })
  })
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text())
  })
  // Again from the start, now with the listener in place before any script runs.
  await page.reload()

  const samples = ['01-kranichsteg-feinmechanik.pdf', '08-copperbrook-ridge.png']
  for (const sample of samples) {
    await page.getByTestId('import-input').setInputFiles(path.join(root, 'resources/samples', sample))
  }
  const ready = page.locator('[data-testid=queue-row][data-status=to_review]')
  await expect(ready).toHaveCount(samples.length, { timeout: 150_000 })
  for (const sample of samples) {
    await page.getByTestId('queue-row').filter({ hasText: sample }).click()
    await expect(page.getByTestId('page-view')).toHaveAttribute('data-painted', 'true')
    await page.getByTestId('back-to-queue').first().click()
  }
  await page.getByTestId('open-settings').click()
  await expect(page.getByTestId('about-log')).toHaveText(path.join(recto.dataDir, 'logs', 'recto.log'))

  expect(violations).toEqual([])
  expect(recto.foreignRequests).toEqual([])
})

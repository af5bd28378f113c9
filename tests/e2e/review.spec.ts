import path from 'node:path'
import { expect, test } from './support/fixtures'
import { editsInDatabase } from './support/database'

const screenshots = path.resolve(import.meta.dirname, '../../docs/screenshots')

test('open a sample, see the page and its boxes, fix a field, confirm: the edit row is in the database', async ({ recto }) => {
  const { page } = recto
  const rows = page.getByTestId('queue-row')
  // The bundled samples load on first start; wait until every one is processed.
  await expect(rows).toHaveCount(9)
  await expect(page.locator('[data-testid=queue-row][data-status=to_review]')).toHaveCount(9, { timeout: 150_000 })
  await page.screenshot({ path: path.join(screenshots, 'queue.png') })

  const row = rows.filter({ hasText: '01-kranichsteg-feinmechanik.pdf' })
  const documentId = Number(await row.getAttribute('data-document-id'))
  await row.click()

  await expect(page.getByTestId('page-view')).toHaveAttribute('data-painted', 'true')
  await expect(page.getByTestId('field-box').first()).toBeVisible()
  const boxes = await page.getByTestId('field-box').count()
  expect(boxes).toBeGreaterThan(4)

  const input = page.getByTestId('field-purchase_order')
  const before = await input.inputValue()
  await input.click()
  await input.fill('PO-E2E-0001')
  await input.press('Enter')
  await expect(page.getByTestId('form-field-purchase_order')).toHaveAttribute('data-tone', /.+/)
  await page.screenshot({ path: path.join(screenshots, 'review.png') })

  await page.keyboard.press('Control+Enter')
  await expect
    .poll(() => editsInDatabase(recto.databasePath, documentId).map((e) => e.action))
    .toEqual(['correct', 'confirm'])
  const [correction] = editsInDatabase(recto.databasePath, documentId)
  expect(correction).toMatchObject({
    fieldKey: 'purchase_order',
    oldValue: before === '' ? null : before,
    newValue: 'PO-E2E-0001',
    user: 'clerk',
  })
  expect(recto.foreignRequests).toEqual([])
})

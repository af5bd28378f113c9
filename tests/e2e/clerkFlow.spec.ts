import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { Page } from '@playwright/test'
import { expect, test } from './support/fixtures'
import { editsInDatabase } from './support/database'
import { boxAround, sampleTruth, wordsSpelling } from './support/samples'

/** Every deliberate user action of the flow, counted for the actions-per-field measure. */
class ActionCounter {
  count = 0
  async click(target: { click(): Promise<void> }) {
    this.count++
    await target.click()
  }
  async press(page: Page, key: string) {
    this.count++
    await page.keyboard.press(key)
  }
  async type(page: Page, text: string) {
    this.count++
    await page.keyboard.type(text)
  }
  async drag(page: Page, box: { x0: number; y0: number; x1: number; y1: number }) {
    this.count++
    await page.mouse.move(box.x0, box.y0)
    await page.mouse.down()
    await page.mouse.move((box.x0 + box.x1) / 2, (box.y0 + box.y1) / 2, { steps: 4 })
    await page.mouse.move(box.x1, box.y1, { steps: 4 })
    await page.mouse.up()
  }
}

async function openSample(page: Page, fileName: string): Promise<number> {
  const rows = page.getByTestId('queue-row')
  await expect(page.locator('[data-testid=queue-row][data-status=to_review]')).toHaveCount(9, { timeout: 150_000 })
  const row = rows.filter({ hasText: fileName })
  const id = Number(await row.getAttribute('data-document-id'))
  await row.click()
  await expect(page.getByTestId('page-view')).toHaveAttribute('data-painted', 'true')
  await expect(page.getByTestId('page-view')).toHaveAttribute('data-words-loaded', 'true')
  return id
}

test('the clerk flow: Tab through flagged fields, fix by click, by typing and by a box, confirm and go on', async ({ recto }) => {
  const { page } = recto
  const file = '01-kranichsteg-feinmechanik.pdf'
  const truth = sampleTruth(file)
  const documentId = await openSample(page, file)
  const actions = new ActionCounter()

  // The review opens on the first flagged field; Tab visits only flagged ones.
  const flagged = page.locator('[data-testid^=form-field-][data-flagged=true] input')
  const flaggedCount = await flagged.count()
  if (flaggedCount > 0) await expect(flagged.first()).toBeFocused()
  if (flaggedCount > 1) {
    await page.keyboard.press('Tab')
    await expect(flagged.nth(1)).toBeFocused()
  }

  // 1. By clicking a word: the invoice number as printed.
  await actions.click(page.getByTestId('field-invoice_id'))
  const [idWord] = await wordsSpelling(page, truth.invoice_id!)
  await actions.click(idWord!)
  await expect(page.getByTestId('field-invoice_id')).toHaveValue(truth.invoice_id!)

  // 2. By typing.
  await actions.click(page.getByTestId('field-purchase_order'))
  await actions.type(page, 'PO-E2E-42')
  await actions.press(page, 'Enter')
  await expect(page.getByTestId('field-purchase_order')).toHaveValue('PO-E2E-42')

  // 3. By drawing a box around the IBAN's words.
  await actions.click(page.getByTestId('field-supplier_iban'))
  await actions.drag(page, await boxAround(await wordsSpelling(page, truth.supplier_iban!)))
  await expect(page.getByTestId('field-supplier_iban')).toHaveValue(truth.supplier_iban!)
  await expect(page.getByTestId('review-status')).toHaveAttribute('data-saving', 'false')

  // Confirm and go to the next document.
  const title = await page.getByTestId('review-title').textContent()
  await actions.press(page, 'Control+Enter')
  await expect(page.getByTestId('review-title')).not.toHaveText(title ?? '')

  await expect.poll(() => editsInDatabase(recto.databasePath, documentId).length).toBe(4)
  const edits = editsInDatabase(recto.databasePath, documentId)
  expect(edits.map((e) => [e.action, e.fieldKey, e.newValue])).toEqual([
    ['correct', 'invoice_id', truth.invoice_id],
    ['correct', 'purchase_order', 'PO-E2E-42'],
    ['correct', 'supplier_iban', truth.supplier_iban],
    ['confirm', null, null],
  ])
  expect(edits[0]!.bbox).not.toBeNull()
  expect(edits[2]!.bbox).not.toBeNull()
  expect(recto.foreignRequests).toEqual([])

  const corrected = 3
  const confirmAction = 1
  const measure = { correctedFields: corrected, actions: actions.count, actionsPerField: (actions.count - confirmAction) / corrected }
  mkdirSync(path.resolve('test-results'), { recursive: true })
  writeFileSync(path.resolve('test-results/clerk-flow-actions.json'), JSON.stringify(measure, null, 2))
})

test('on a scanned page, a drawn box is read again by OCR at higher resolution', async ({ recto }) => {
  const { page } = recto
  const file = '07-transports-lemoinard-scan.pdf'
  const truth = sampleTruth(file)
  const documentId = await openSample(page, file)
  await page.getByTestId('field-invoice_id').click()
  const words = await wordsSpelling(page, truth.invoice_id!)
  const actions = new ActionCounter()
  await actions.drag(page, await boxAround(words, 6))
  await expect(page.getByTestId('field-invoice_id')).toHaveValue(truth.invoice_id!)
  await expect.poll(() => editsInDatabase(recto.databasePath, documentId).map((e) => [e.action, e.fieldKey, e.newValue]))
    .toEqual([['correct', 'invoice_id', truth.invoice_id]])
})

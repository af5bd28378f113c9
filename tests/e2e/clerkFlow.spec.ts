import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { Page } from '@playwright/test'
import { expect, test } from './support/fixtures'
import { callApp } from './support/appApi'
import { editsInDatabase } from './support/database'
import { boxAround, sampleTruth, wordsSpelling } from './support/samples'

type Method = 'click' | 'type' | 'box'

/**
 * Every deliberate user action, counted for the actions-per-field measure: a click, a drag, a key
 * or key chord, and typing a value (one action however long the value; the Enter after it is
 * another).
 */
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

/** The field that has keyboard focus, as `key:line`, or null. */
const focusedRef = (page: Page) =>
  page.evaluate(() => document.activeElement?.getAttribute('data-field-ref') ?? null)

const flaggedLeft = (page: Page) => page.locator('[data-testid^=form-field-][data-flagged=true]').count()

test('the clerk flow: fix the flagged fields in order by a click, by typing and by a box, confirm, go on', async ({ recto }) => {
  const { page } = recto
  const file = '01-kranichsteg-feinmechanik.pdf'
  const truth = sampleTruth(file)
  // What this clerk finds wrong, and how each value is best put right: words on the page are
  // clicked (one word) or boxed (several); a value not on the page is typed.
  const plan: Record<string, { method: Method; value: string }> = {
    invoice_id: { method: 'click', value: truth.invoice_id! },
    purchase_order: { method: 'type', value: 'PO-E2E-42' },
    supplier_tax_id: { method: 'click', value: truth.supplier_tax_id! },
    supplier_iban: { method: 'box', value: truth.supplier_iban! },
    receiver_name: { method: 'box', value: truth.receiver_name! },
  }
  // Setup, not part of the flow: per-field thresholds (a supervisor's setting) flag exactly the
  // fields this clerk corrects, whatever the extractor's confidence in them today.
  const planned = Object.fromEntries(Object.keys(plan).map((key) => [key, 1]))
  await callApp(page, 'updateSettings', { fieldThresholds: { ...planned, supplier_name: 0, payment_terms: 0 } })
  await page.reload()
  const documentId = await openSample(page, file)

  const actions = new ActionCounter()
  const done: [string, string, string | null][] = []
  const actionsBy: Record<Method | 'accept', number> = { click: 0, type: 0, box: 0, accept: 0 }
  // The review opens on the first flagged field; each fix moves on to the next flagged one.
  await expect.poll(() => focusedRef(page)).not.toBeNull()
  for (let step = 0; step < 20; step++) {
    const ref = await focusedRef(page)
    const key = ref?.split(':')[0]
    if (!ref || !key || done.some(([, k]) => k === key)) break
    const form = page.getByTestId(`form-field-${key}`)
    if ((await form.getAttribute('data-flagged')) !== 'true') break
    const input = page.getByTestId(`field-${key}`)
    const before = actions.count
    const fix = plan[key]
    if (!fix) {
      // Flagged by the extractor but right: Enter accepts it as it is.
      done.push(['accept', key, (await input.inputValue()) || null])
      await actions.press(page, 'Enter')
      actionsBy.accept += actions.count - before
    } else {
      if (fix.method === 'type') {
        await actions.type(page, fix.value)
        await actions.press(page, 'Enter')
      } else {
        // As a clerk would, act once the page has scrolled to the field's box.
        await expect(page.locator('[data-testid=field-box][data-focused=true]')).toBeInViewport()
        const words = await wordsSpelling(page, fix.value)
        if (fix.method === 'click') await actions.click(words[0]!)
        else await actions.drag(page, await boxAround(words))
      }
      await expect(input).toHaveValue(fix.value)
      done.push(['correct', key, fix.value])
      actionsBy[fix.method] += actions.count - before
    }
    await expect(page.getByTestId('review-status')).toHaveAttribute('data-saving', 'false')
    await expect.poll(async () => (await focusedRef(page)) !== ref || (await flaggedLeft(page)) === 0).toBe(true)
  }
  expect(done.filter(([action]) => action === 'correct').map(([, key]) => key).sort()).toEqual(Object.keys(plan).sort())
  expect(await flaggedLeft(page)).toBe(0)

  // Confirm and go to the next document.
  const title = await page.getByTestId('review-title').textContent()
  await actions.press(page, 'Control+Enter')
  await expect(page.getByTestId('review-title')).not.toHaveText(title ?? '')

  await expect.poll(() => editsInDatabase(recto.databasePath, documentId).length).toBe(done.length + 1)
  const edits = editsInDatabase(recto.databasePath, documentId)
  expect(edits.map((e) => [e.action, e.fieldKey, e.newValue])).toEqual([...done, ['confirm', null, null]])
  for (const edit of edits) {
    // Values taken from the page keep the box they came from; typed ones have none.
    const method = edit.fieldKey ? plan[edit.fieldKey]?.method : undefined
    if (method === 'click' || method === 'box') expect(edit.bbox).not.toBeNull()
  }

  const corrected = done.filter(([action]) => action === 'correct').length
  const onCorrections = actionsBy.click + actionsBy.type + actionsBy.box
  const measure = {
    correctedFields: corrected,
    actionsOnCorrections: onCorrections,
    actionsPerField: onCorrections / corrected,
    byMethod: {
      click: { fields: countOf(plan, 'click'), actions: actionsBy.click },
      type: { fields: countOf(plan, 'type'), actions: actionsBy.type },
      box: { fields: countOf(plan, 'box'), actions: actionsBy.box },
    },
    accepted: { fields: done.length - corrected, actions: actionsBy.accept },
    confirm: 1,
    totalActions: actions.count,
    counting: 'clicks, drags and key chords; a typed value is one action, the Enter after it another',
  }
  // Outside test-results, which Playwright empties at the start of every run.
  mkdirSync(path.resolve('.measure'), { recursive: true })
  writeFileSync(path.resolve('.measure/clerk-flow-actions.json'), JSON.stringify(measure, null, 2))

  // The next document opened on its first flagged field, and Tab / Shift+Tab keep to flagged ones.
  const flagged = page.locator('[data-testid^=form-field-][data-flagged=true] input')
  await expect.poll(() => flagged.count()).toBeGreaterThan(1)
  await expect(flagged.first()).toBeFocused()
  await page.keyboard.press('Tab')
  await expect(flagged.nth(1)).toBeFocused()
  await page.keyboard.press('Shift+Tab')
  await expect(flagged.first()).toBeFocused()
  expect(recto.foreignRequests).toEqual([])
})

function countOf(plan: Record<string, { method: Method }>, method: Method): number {
  return Object.values(plan).filter((fix) => fix.method === method).length
}

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

import path from 'node:path'
import type { Page } from '@playwright/test'
import { callApp } from './support/appApi'
import { expect, test } from './support/fixtures'

/**
 * Issue #5, last bullets of "Review view": every control has an accessible name, is reachable by
 * keyboard with a visible focus, and the colours follow the OS light or dark theme. Checked on
 * the queue, the review of a processed sample and the settings dialog.
 */

const samples = ['01-kranichsteg-feinmechanik.pdf', '02-atelier-brumeval.pdf'].map((f) =>
  path.resolve(import.meta.dirname, '../../resources/samples', f),
)

test.use({ seedSamples: false })

/** Roles a user operates; each must carry a name a screen reader can announce. */
const INTERACTIVE_ROLES = new Set([
  'button',
  'textbox',
  'searchbox',
  'checkbox',
  'radio',
  'combobox',
  'listbox',
  'option',
  'spinbutton',
  'slider',
  'link',
  'tab',
  'menuitem',
  'switch',
])

interface AxNode {
  ignored: boolean
  role?: { value?: string }
  name?: { value?: string }
  backendDOMNodeId?: number
}

/** Interactive nodes of Chromium's accessibility tree with no name, described for the failure message. */
async function unnamedControls(page: Page): Promise<{ checked: number; offenders: string[] }> {
  const cdp = await page.context().newCDPSession(page)
  try {
    await cdp.send('Accessibility.enable')
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: AxNode[] }
    const offenders: string[] = []
    let checked = 0
    for (const node of nodes) {
      const role = node.role?.value ?? ''
      if (node.ignored || !INTERACTIVE_ROLES.has(role)) continue
      checked++
      if (String(node.name?.value ?? '').trim() !== '') continue
      let dom = '(no DOM node)'
      if (node.backendDOMNodeId) {
        const { node: described } = (await cdp.send('DOM.describeNode', {
          backendNodeId: node.backendDOMNodeId,
        })) as { node: { nodeName: string; attributes?: string[] } }
        const attrs = described.attributes ?? []
        const pairs = Array.from({ length: attrs.length / 2 }, (_, i) => `${attrs[2 * i]}="${attrs[2 * i + 1]}"`)
        dom = `<${described.nodeName.toLowerCase()} ${pairs.join(' ')}>`
      }
      offenders.push(`${role}: ${dom}`)
    }
    return { checked, offenders }
  } finally {
    await cdp.detach()
  }
}

/** Computed styles that can show focus. */
type FocusStyle = Record<'outline' | 'boxShadow' | 'borderColor' | 'background', string>

interface Control {
  id: string
  describe: string
  rest: FocusStyle
  /** Deliberately not a Tab stop in this mode of the view (and reached another way). */
  skipped: boolean
}

/**
 * Marks every visible, enabled, Tab-focusable control inside `scope` with a stable id and
 * records how it looks unfocused. Focus first moves to a sentinel at the very start of `scope`
 * (the review focuses a field when it opens), so the Tab walk starts from the beginning.
 */
async function tabbableControls(page: Page, scope: string, skippedByDesign: string | null): Promise<Control[]> {
  return page.evaluate(({ scope, skippedByDesign }) => {
    const root = document.querySelector(scope)!
    const sentinel = document.createElement('span')
    sentinel.tabIndex = -1
    sentinel.dataset.a11ySentinel = ''
    root.prepend(sentinel)
    sentinel.focus()
    const selector =
      'button, input:not([type=hidden]), select, textarea, a[href], [tabindex="0"]'
    const styleOf = (el: Element) => {
      const s = getComputedStyle(el)
      return {
        outline: `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}`,
        boxShadow: s.boxShadow,
        borderColor: s.borderColor,
        background: s.backgroundColor,
      }
    }
    return Array.from(root.querySelectorAll<HTMLElement>(selector))
      .filter((el) => {
        const rect = el.getBoundingClientRect()
        const disabled = (el as HTMLButtonElement).disabled === true
        return !disabled && el.tabIndex >= 0 && rect.width > 0 && rect.height > 0 && el.checkVisibility({ visibilityProperty: true })
      })
      .map((el, i) => {
        el.dataset.a11yId = String(i)
        const labelled = (el as HTMLInputElement).labels?.[0]?.textContent
        const label = (el.getAttribute('aria-label') ?? labelled ?? el.textContent ?? '').trim().slice(0, 40)
        const testId = el.dataset.testid ? ` data-testid=${el.dataset.testid}` : ''
        return {
          id: String(i),
          describe: `<${el.tagName.toLowerCase()}${testId}> "${label}"`,
          rest: styleOf(el),
          skipped: skippedByDesign !== null && el.matches(skippedByDesign),
        }
      })
  }, { scope, skippedByDesign })
}

interface Reached {
  id: string
  focused: FocusStyle
}

/** Presses Tab from the start of `scope` and records what each press focused, and how it looked. */
async function walkWithTab(page: Page, presses: number): Promise<Reached[]> {
  const reached: Reached[] = []
  for (let i = 0; i < presses; i++) {
    await page.keyboard.press('Tab')
    const hit = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null
      if (!el?.dataset.a11yId) return null
      const s = getComputedStyle(el)
      return {
        id: el.dataset.a11yId,
        focused: {
          outline: `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}`,
          boxShadow: s.boxShadow,
          borderColor: s.borderColor,
          background: s.backgroundColor,
        },
      }
    })
    if (hit && !reached.some((r) => r.id === hit.id)) reached.push(hit)
  }
  return reached
}

/** A visible change on focus: a drawn outline, or a different shadow, border or background. */
function focusShows(rest: FocusStyle, focused: FocusStyle): boolean {
  const outlineDrawn = !/^none /.test(focused.outline) && !/ 0px /.test(focused.outline)
  if (outlineDrawn && focused.outline !== rest.outline) return true
  return (
    focused.boxShadow !== rest.boxShadow ||
    focused.borderColor !== rest.borderColor ||
    focused.background !== rest.background
  )
}

/**
 * Names, Tab reach and focus ring of every control in `scope`. Controls with roving focus
 * (tabindex -1, reached by arrow keys) are not Tab stops by design; the caller tests their keys.
 * `skippedByDesign` selects controls a mode of the view leaves out of Tab on purpose; the
 * caller shows they are reached another way.
 */
async function expectKeyboardAccessible(page: Page, scope: string, view: string, skippedByDesign: string | null = null) {
  const names = await unnamedControls(page)
  expect(names.offenders, `${view}: controls without an accessible name`).toEqual([])
  expect(names.checked, `${view}: interactive nodes in the accessibility tree`).toBeGreaterThan(0)

  const controls = await tabbableControls(page, scope, skippedByDesign)
  expect(controls.length, `${view}: controls found`).toBeGreaterThan(0)
  const reached = await walkWithTab(page, controls.length + 5)
  await page.evaluate(() => document.querySelector('[data-a11y-sentinel]')?.remove())
  const reachedIds = new Set(reached.map((r) => r.id))
  const unreached = controls.filter((c) => !c.skipped && !reachedIds.has(c.id)).map((c) => c.describe)
  expect(unreached, `${view}: controls Tab never reaches`).toEqual([])

  const noRing = reached
    .filter((r) => !focusShows(controls.find((c) => c.id === r.id)!.rest, r.focused))
    .map((r) => controls.find((c) => c.id === r.id)!.describe)
  expect(noRing, `${view}: controls whose focus is not visible`).toEqual([])
  test.info().annotations.push({
    type: view,
    description:
      `${names.checked} named interactive nodes; ${reached.length}/${controls.length} controls reached by Tab` +
      ` (${controls.filter((c) => c.skipped && !reachedIds.has(c.id)).length} skipped by design), each with a visible focus`,
  })
}

/** WCAG relative luminance of a computed `rgb(...)` colour. */
function luminance(css: string): number {
  const [r, g, b] = (css.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number).map((v) => {
    const c = v / 255
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
  })
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x)
  return (hi! + 0.05) / (lo! + 0.05)
}

async function expectThemeFollowsOs(page: Page, view: string) {
  for (const scheme of ['dark', 'light'] as const) {
    await page.emulateMedia({ colorScheme: scheme })
    const { background, text, muted } = await page.evaluate(() => {
      const s = getComputedStyle(document.body)
      // Secondary text (ages, raw values, hints) uses the theme's muted colour on the same ground.
      const probe = document.body.appendChild(document.createElement('span'))
      probe.className = 'muted'
      const muted = getComputedStyle(probe).color
      probe.remove()
      return { background: s.backgroundColor, text: s.color, muted }
    })
    const lum = luminance(background)
    if (scheme === 'dark') expect(lum, `${view} ${scheme}: background ${background}`).toBeLessThan(0.2)
    else expect(lum, `${view} ${scheme}: background ${background}`).toBeGreaterThan(0.8)
    expect(contrast(text, background), `${view} ${scheme}: ${text} on ${background}`).toBeGreaterThanOrEqual(4.5)
    expect(contrast(muted, background), `${view} ${scheme}: muted ${muted} on ${background}`).toBeGreaterThanOrEqual(4.5)
  }
  await page.emulateMedia({ colorScheme: null })
}

test('queue, review and settings: named controls, Tab reach with a visible ring, OS theme', async ({ recto }) => {
  const { page } = recto
  for (const sample of samples) await page.getByTestId('import-input').setInputFiles(sample)
  const ready = page.locator('[data-testid=queue-row][data-status=to_review]')
  await expect(ready).toHaveCount(samples.length, { timeout: 120_000 })

  // Queue. The list is a grid with one tab stop (roving focus): Tab reaches the active row, the
  // arrow keys reach the others.
  await expectKeyboardAccessible(page, 'body', 'queue')
  const rows = page.getByTestId('queue-row')
  await expect(rows.and(page.locator('[tabindex="0"]'))).toHaveCount(1)
  await rows.first().focus()
  await page.keyboard.press('ArrowDown')
  await expect(rows.nth(1)).toBeFocused()
  await page.keyboard.press('ArrowUp')
  await expect(rows.first()).toBeFocused()
  await expectThemeFollowsOs(page, 'queue')

  // Review. By default Tab visits only the flagged fields (the setting "Tab visits only the
  // flagged fields"), so the fields not flagged are skipped on purpose, and every other control
  // must still be reached. With the setting off, Tab must reach every field and control.
  const openSample = async () => {
    await page.getByTestId('queue-row').filter({ hasText: '01-kranichsteg-feinmechanik.pdf' }).click()
    await expect(page.getByTestId('page-view')).toHaveAttribute('data-painted', 'true')
    await expect(page.getByTestId('field-box').first()).toBeVisible()
  }
  await openSample()
  const notFlagged = '[data-flagged=false] input[data-field-ref], input[data-field-ref][data-flagged=false]'
  await expect(page.locator(notFlagged).first()).toBeVisible()
  await expectKeyboardAccessible(page, 'body', 'review, Tab visits flagged fields', notFlagged)
  await expectThemeFollowsOs(page, 'review')

  await callApp(page, 'updateSettings', { tabFlaggedOnly: false })
  await page.reload()
  await openSample()
  await expectKeyboardAccessible(page, 'body', 'review, Tab visits every field')

  // Settings: a modal dialog, so Tab stays inside it.
  await page.getByTestId('open-settings').click()
  await expect(page.locator('dialog[open]')).toBeVisible()
  await expectKeyboardAccessible(page, 'dialog[open]', 'settings')
  await expectThemeFollowsOs(page, 'settings')
})

import { mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import sharp from 'sharp'
import { expect, test } from './support/fixtures'

test.use({ seedSamples: false })

const PAGES = [
  ['INVOICE', 'Invoice No. TIF-2041', 'Date 2025-03-14', 'Total 123.45 EUR'],
  ['DELIVERY NOTE', 'Forty boxes of brass bushings'],
  ['TERMS', 'Payment within thirty days'],
]

/** A three-page TIFF as a scanner writes it, each page with its own large, readable text. */
async function writeThreePageTiff(): Promise<string> {
  const pages = await Promise.all(
    PAGES.map((lines) => {
      const text = lines.map((l, i) => `<text x="60" y="${120 + i * 70}" font-size="44" font-family="sans-serif">${l}</text>`).join('')
      const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="900" height="1200"><rect width="100%" height="100%" fill="white"/>${text}</svg>`
      return sharp(Buffer.from(svg)).png().toBuffer()
    }),
  )
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'recto-e2e-tiff-')), 'scan-3-pages.tif')
  writeFileSync(file, await sharp(pages, { join: { animated: true } }).tiff({ compression: 'lzw' }).toBuffer())
  return file
}

test('a multi-page TIFF is shown page by page, with its words to click', async ({ recto }) => {
  const { page } = recto
  await page.getByTestId('import-input').setInputFiles(await writeThreePageTiff())
  const row = page.locator('[data-testid=queue-row][data-status=to_review]')
  await expect(row).toHaveCount(1, { timeout: 150_000 })
  await row.click()

  const view = page.getByTestId('page-view')
  const image = page.getByTestId('page-canvas')
  const shown = () => image.evaluate((img: HTMLImageElement) => ({ width: img.naturalWidth, height: img.naturalHeight, src: img.src }))
  await expect(page.getByTestId('page-select').locator('option')).toHaveCount(3)

  // The review opens on the page of the first flagged field; the clerk goes back to the start.
  await page.getByTestId('page-select').selectOption('1')
  const seen = new Set<string>()
  for (const [index, lines] of PAGES.entries()) {
    if (index > 0) await page.getByTestId('page-next').click()
    await expect(view).toHaveAttribute('data-page', String(index + 1))
    await expect(view).toHaveAttribute('data-painted', 'true')
    await expect(view).toHaveAttribute('data-words-loaded', 'true')
    // Chromium cannot draw TIFF: what is on screen is main's PNG of this very page.
    const { width, height, src } = await shown()
    expect([width, height]).toEqual([900, 1200])
    seen.add(src)
    const words = (await page.getByTestId('page-word').allTextContents()).join(' ')
    expect(words).toContain(lines[0]!.split(' ')[0])
  }
  expect(seen.size).toBe(3)
  await page.getByTestId('page-previous').click()
  await expect(view).toHaveAttribute('data-painted', 'true')
  expect((await shown()).src).toBe([...seen][1])
  expect(recto.foreignRequests).toEqual([])
})

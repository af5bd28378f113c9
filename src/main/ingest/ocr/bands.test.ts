import { describe, expect, it } from 'vitest'
import type { GreyImage } from './greyImage'
import { splitIntoBands, textLines } from './bands'
import { otsuThreshold } from './greyImage'

/** A white page with black bars for text lines (rows [top, bottom)) and optional vertical rules. */
function page(width: number, height: number, lines: [number, number][], rules: number[] = []): GreyImage {
  const data = Buffer.alloc(width * height, 255)
  for (const [top, bottom] of lines) {
    for (let y = top; y < bottom; y++) data.fill(0, y * width + 100, y * width + width - 100)
  }
  for (const x of rules) for (let y = 0; y < height; y++) data[y * width + x] = 0
  return { data, width, height }
}

/** The white rows a band keeps above and below its ink, as read (bands.ts). */
const MARGIN = 24

/** Text lines 20 px high every 40 px, from y = 60 down to the bottom margin. */
function lines(height: number): [number, number][] {
  const lines: [number, number][] = []
  for (let top = 60; top + 20 < height - 60; top += 40) lines.push([top, top + 20])
  return lines
}

describe('splitIntoBands', () => {
  it('cuts a page in two through the gap between lines nearest the middle', () => {
    const drawn = lines(2000)
    const bands = splitIntoBands(page(1000, 2000, drawn), 2)
    expect(bands).toHaveLength(2)
    expect(bands[0]).toMatchObject({ top: drawn[0]![0] - MARGIN })
    expect(bands[1]).toMatchObject({ bottom: drawn.at(-1)![1] + MARGIN })
    const cut = bands[0]!.bottom
    expect(bands[1]!.top).toBe(cut)
    expect(Math.abs(cut - 1000)).toBeLessThan(40)
    // The cut lies in a gap, at least 4 px clear of any line.
    for (const [top, bottom] of drawn) expect(cut <= top - 4 || cut >= bottom + 4).toBe(true)
  })

  it('cuts a table between its rows, where only its vertical rules cross', () => {
    const drawn = lines(2000)
    const bands = splitIntoBands(page(1000, 2000, drawn, [50, 500, 950]), 2)
    expect(bands).toHaveLength(2)
    const cut = bands[0]!.bottom
    expect(Math.abs(cut - 1000)).toBeLessThan(40)
    for (const [top, bottom] of drawn) expect(cut <= top - 4 || cut >= bottom + 4).toBe(true)
  })

  it('keeps a page in one band when no gap lies near the middle', () => {
    const dense: [number, number][] = [[60, 1940]]
    const bands = splitIntoBands(page(1000, 2000, dense), 2)
    expect(bands).toEqual([{ top: 60 - MARGIN, bottom: 1940 + MARGIN, cost: expect.any(Number) }])
  })

  it('keeps small images and single-worker pools whole', () => {
    expect(splitIntoBands(page(500, 800, lines(800)), 2)).toHaveLength(1)
    expect(splitIntoBands(page(1000, 2000, lines(2000)), 1)).toHaveLength(1)
  })

  it('cuts into as many bands as workers when gaps allow', () => {
    const drawn = lines(3000)
    const bands = splitIntoBands(page(1000, 3000, drawn), 3)
    expect(bands).toHaveLength(3)
    // Cut by cut, each band starts where the one above ends: no row of text is left out.
    expect(bands[1]!.top).toBe(bands[0]!.bottom)
    expect(bands[2]!.top).toBe(bands[1]!.bottom)
    expect(bands[0]!.top).toBe(drawn[0]![0] - MARGIN)
    expect(bands[2]!.bottom).toBe(drawn.at(-1)![1] + MARGIN)
  })

  it('counts the enlargement to come when judging whether a page is worth splitting', () => {
    const small = page(600, 1000, lines(1000))
    expect(splitIntoBands(small, 2)).toHaveLength(1)
    expect(splitIntoBands(small, 2, 2)).toHaveLength(2)
  })
})

describe('splitIntoBands shares out the text, not the height', () => {
  it('cuts a page whose text fills its upper half inside that half', () => {
    // Reading time follows the text: an even cut by height would leave one worker a blank band.
    const drawn = lines(2000).filter(([top]) => top < 1000)
    const bands = splitIntoBands(page(1200, 2000, drawn), 2)
    expect(bands).toHaveLength(2)
    expect(Math.abs(bands[0]!.bottom - 530)).toBeLessThan(60)
  })

  it('does not split a page whose printed rows are too few to be worth it, however tall the page', () => {
    const drawn = lines(2000).filter(([top]) => top < 1000)
    expect(splitIntoBands(page(1000, 2000, drawn), 2)).toHaveLength(1)
  })
})

describe('splitIntoBands leaves out blank paper', () => {
  it('ends the last band a white margin below the last line of text, not at the foot of the page', () => {
    const drawn = lines(2000).filter(([top]) => top < 1000)
    const bands = splitIntoBands(page(1000, 2000, drawn), 2)
    expect(bands.at(-1)!.bottom).toBe(drawn.at(-1)![1] + MARGIN)
  })

  it('keeps the margin as wide once enlarged: half as many rows before enlarging twice', () => {
    const drawn: [number, number][] = [[300, 320]]
    expect(splitIntoBands(page(600, 1000, drawn), 2, 2)).toEqual([{ top: 300 - MARGIN / 2, bottom: 320 + MARGIN / 2, cost: expect.any(Number) }])
  })

  it('keeps pale print below the last dark line, lighter than Otsu puts ink', () => {
    const drawn = lines(2000).filter(([top]) => top < 1000)
    const image = page(1000, 2000, drawn)
    for (let y = 1800; y < 1815; y++) image.data.fill(160, y * 1000 + 100, y * 1000 + 900)
    expect(otsuThreshold(image.data)).toBeLessThan(160)
    expect(splitIntoBands(image, 2).at(-1)!.bottom).toBe(1815 + MARGIN)
  })

  it('keeps a blank page whole', () => {
    expect(splitIntoBands(page(1000, 2000, []), 2)).toEqual([{ top: 0, bottom: 2000, cost: expect.any(Number) }])
  })
})

describe('textLines', () => {
  it('finds each line of text as a run of inked rows', () => {
    const drawn = lines(400)
    expect(textLines(page(1000, 400, drawn))).toEqual(drawn.map(([top, bottom]) => ({ top, bottom })))
  })
})

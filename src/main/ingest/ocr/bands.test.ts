import { describe, expect, it } from 'vitest'
import type { GreyImage } from './greyImage'
import { splitIntoBands } from './bands'

/** A white page with black bars for text lines (rows [top, bottom)) and optional vertical rules. */
function page(width: number, height: number, lines: [number, number][], rules: number[] = []): GreyImage {
  const data = Buffer.alloc(width * height, 255)
  for (const [top, bottom] of lines) {
    for (let y = top; y < bottom; y++) data.fill(0, y * width + 100, y * width + width - 100)
  }
  for (const x of rules) for (let y = 0; y < height; y++) data[y * width + x] = 0
  return { data, width, height }
}

/** Blocks of `perBlock` text lines 20 px high every 40 px, blocks 100 px apart, from y = 60. */
function textBlocks(blocks: number, perBlock: number): [number, number][] {
  const lines: [number, number][] = []
  let top = 60
  for (let b = 0; b < blocks; b++) {
    for (let l = 0; l < perBlock; l++, top += 40) lines.push([top, top + 20])
    top += 80
  }
  return lines
}

const inside = (y: number, lines: [number, number][]) => lines.some(([top, bottom]) => y > top && y < bottom)

describe('splitIntoBands', () => {
  it('cuts only through the wide gaps between blocks, never between the lines of a block', () => {
    const lines = textBlocks(6, 5)
    const bands = splitIntoBands(page(1000, 2000, lines), 2)
    expect(bands.length).toBeGreaterThan(1)
    for (const band of bands) {
      // A band starts and ends on white, at least one 20 px line's gap away from a block.
      expect(inside(band.top, lines) || inside(band.bottom, lines)).toBe(false)
      for (const [top, bottom] of lines) {
        const cutThrough = top < band.top && bottom > band.top
        expect(cutThrough).toBe(false)
      }
    }
    // Every line is in exactly one band.
    for (const [top, bottom] of lines) {
      expect(bands.filter((b) => b.top <= top && b.bottom >= bottom)).toHaveLength(1)
    }
  })

  it('keeps evenly spaced lines together: no gap is two lines high', () => {
    const lines = textBlocks(1, 40)
    const bands = splitIntoBands(page(1000, 2000, lines), 2)
    expect(bands).toHaveLength(1)
  })

  it('leaves the blank rows above and below the text unread, keeping a white margin', () => {
    const lines = textBlocks(1, 10)
    const [band] = splitIntoBands(page(1000, 2000, lines), 2)
    const first = lines[0]![0]
    const last = lines.at(-1)![1]
    expect(band!.top).toBeLessThan(first)
    expect(band!.top).toBeGreaterThan(first - 40)
    expect(band!.bottom).toBeGreaterThan(last)
    expect(band!.bottom).toBeLessThan(last + 40)
  })

  it('never cuts through a table whose vertical rules cross every row', () => {
    const bands = splitIntoBands(page(1000, 2000, textBlocks(6, 5), [50, 500, 950]), 2)
    expect(bands).toEqual([{ top: 0, bottom: 2000, cost: expect.any(Number) }])
  })

  it('keeps small images and single-worker pools whole', () => {
    expect(splitIntoBands(page(500, 800, textBlocks(3, 3)), 2)).toHaveLength(1)
    expect(splitIntoBands(page(1000, 2000, textBlocks(6, 5)), 1)).toEqual([{ top: 0, bottom: 2000, cost: expect.any(Number) }])
  })

  it('counts the enlargement to come when judging whether a page is worth splitting', () => {
    const small = page(600, 1000, textBlocks(4, 3))
    expect(splitIntoBands(small, 2)).toHaveLength(1)
    expect(splitIntoBands(small, 2, 2).length).toBeGreaterThan(1)
  })

  it('never leaves a small block alone in a band: it joins its neighbour', () => {
    // Tesseract reads a lone two-line ruled box as nothing; beside more text it reads it.
    const big = textBlocks(1, 20)
    const small: [number, number][] = [[1100, 1120], [1160, 1180]]
    const bands = splitIntoBands(page(1000, 2000, [...big, ...small]), 2)
    expect(bands).toHaveLength(1)
    expect(bands[0]!.bottom).toBeGreaterThan(1180)
  })

  it('hands out the costliest band first', () => {
    const bands = splitIntoBands(page(1000, 2000, textBlocks(6, 5)), 2)
    const costs = bands.map((b) => b.cost)
    expect(costs).toEqual([...costs].sort((a, b) => b - a))
  })
})

describe('splitIntoBands shares out the text, not the height', () => {
  it('puts every band of a page whose text fills its upper half inside that half', () => {
    // Reading time follows the text: an even cut by height would leave one worker a blank band.
    const lines = textBlocks(6, 2).filter(([top]) => top < 1000)
    const bands = splitIntoBands(page(1000, 2000, lines), 2)
    expect(bands.length).toBeGreaterThan(1)
    for (const band of bands) expect(band.bottom).toBeLessThan(1100)
  })
})

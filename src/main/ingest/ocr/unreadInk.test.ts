import { describe, expect, it } from 'vitest'
import type { Word } from '../../../shared/words'
import { eraseRules } from './eraseRules'
import type { GreyImage } from './greyImage'
import { unreadInk } from './unreadInk'

/** A white image; `ink` blackens rectangles [left, top, right, bottom). */
function image(width: number, height: number, ink: [number, number, number, number][]): GreyImage {
  const data = Buffer.alloc(width * height, 255)
  for (const [left, top, right, bottom] of ink) {
    for (let y = top; y < bottom; y++) data.fill(0, y * width + left, y * width + right)
  }
  return { data, width, height }
}

/** "Words" of a line: 20 px high blocks 30 px wide with 10 px between them, from `left` to `right`. */
function printed(left: number, right: number, top: number): [number, number, number, number][] {
  const blocks: [number, number, number, number][] = []
  for (let x = left; x + 30 <= right; x += 40) blocks.push([x, top, x + 30, top + 20])
  return blocks
}

const word = (bbox: [number, number, number, number]): Word => ({ text: 'read', bbox, confidence: 0.9, source: 'ocr' })

/**
 * A page with three lines of text, then a ruled box of three rows (rules 2 px wide) beside a
 * column of three lines, as on an invoice's header: the box's rules join its rows into one run.
 */
function headerPage(): { page: GreyImage; boxRows: number[] } {
  const ink: [number, number, number, number][] = []
  for (const top of [40, 80, 120]) ink.push(...printed(40, 560, top))
  const boxRows = [220, 260, 300]
  for (const top of boxRows) {
    ink.push(...printed(40, 300, top))
    ink.push(...printed(420, 560, top), ...printed(620, 760, top))
  }
  // The box: outer rules, one rule between its rows, one down the middle.
  ink.push([400, 205, 780, 207], [400, 333, 780, 335], [400, 250, 780, 252], [400, 290, 780, 292])
  ink.push([400, 205, 402, 335], [778, 205, 780, 335], [600, 205, 602, 335])
  return { page: image(800, 400, ink), boxRows }
}

describe('unreadInk', () => {
  it('finds nothing when every stretch of ink has a word on it', () => {
    const { page } = headerPage()
    const words = [[0, 0, 800, 400] as [number, number, number, number]].map(word)
    expect(unreadInk(page, words).unread).toEqual([])
  })

  it('finds a whole line of text no word lies on', () => {
    const { page } = headerPage()
    const words = [word([40, 40, 560, 60]), word([40, 120, 560, 140]), word([0, 200, 800, 340])]
    const { unread, blocks } = unreadInk(page, words)
    expect(unread).toEqual([{ top: 80, bottom: 100, left: 40, right: 550 }])
    // Read again with a line's height of paper around it, not across the whole width.
    expect(blocks).toEqual([{ top: 60, bottom: 120, left: 20, right: 570 }])
  })

  it('finds one dropped row of a ruled box, though the rules join the box into one run of ink', () => {
    const { page, boxRows } = headerPage()
    const lines = (top: number) => [word([40, top, 300, top + 20]), word([420, top, 560, top + 20]), word([620, top, 760, top + 20])]
    const words = [word([40, 40, 560, 140]), ...lines(boxRows[0]!), ...lines(boxRows[2]!), word([40, 260, 300, 280])]
    const { unread } = unreadInk(page, words)
    // The middle row's two cells, each on its own, and nothing of the rows that were read.
    expect(unread).toEqual([
      { top: 260, bottom: 280, left: 420, right: 530 },
      { top: 260, bottom: 280, left: 620, right: 730 },
    ])
  })
})

describe('eraseRules', () => {
  it('whitens rules across and down, and leaves print alone', () => {
    const { page } = headerPage()
    const erased = eraseRules(page, 128, 40)
    const at = (x: number, y: number) => erased.data[y * erased.width + x]
    expect(at(500, 206)).toBe(255) // the box's top rule
    expect(at(401, 300)).toBe(255) // its left rule
    expect(at(601, 230)).toBe(255) // the rule down its middle
    expect(at(45, 45)).toBe(0) // a word above the box
    expect(at(425, 225)).toBe(0) // a word in the box
    // The original is untouched.
    expect(page.data[206 * page.width + 500]).toBe(0)
  })
})

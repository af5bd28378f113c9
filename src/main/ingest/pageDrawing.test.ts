import { describe, expect, it } from 'vitest'
import type { Matrix, Paint } from './pageDrawing'
import { describeDrawing } from './pageDrawing'

const LETTER = { width: 612, height: 792 }
/** An image drawn upright over the whole page: unit square to page, y pointing down. */
const FULL_PAGE: Matrix = [612, 0, 0, -792, 0, 792]

function image(toPage: Matrix, objId = 'img_p0_1'): Paint {
  const [a, , , d, e, f] = toPage
  const xs = [e, e + a].sort((p, q) => p - q)
  const ys = [f, f + d].sort((p, q) => p - q)
  return { kind: 'image', objId, toPage, rect: [xs[0]!, ys[0]!, xs[1]!, ys[1]!] }
}
const text = (visible = true): Paint => ({ kind: 'text', visible })
const path: Paint = { kind: 'other' }

describe('describeDrawing', () => {
  it('a page that is one upright image has it as its sole image', () => {
    const drawing = describeDrawing([image(FULL_PAGE)], LETTER)
    expect(drawing.soleImage).toEqual({ objId: 'img_p0_1', toPage: FULL_PAGE })
    expect(drawing.coveringImages).toHaveLength(1)
    expect(drawing.imagesOverText).toEqual([])
  })

  it('text and paths painted before a full-page image are hidden by it', () => {
    const drawing = describeDrawing([path, text(), image(FULL_PAGE)], LETTER)
    expect(drawing.soleImage?.objId).toBe('img_p0_1')
    expect(drawing.imagesOverText).toHaveLength(1)
  })

  it('invisible OCR text laid over the scan leaves it the sole image', () => {
    const drawing = describeDrawing([image(FULL_PAGE), text(false), text(false)], LETTER)
    expect(drawing.soleImage).not.toBeNull()
  })

  it('visible text or drawing after the image means the page must be rendered', () => {
    expect(describeDrawing([image(FULL_PAGE), text()], LETTER).soleImage).toBeNull()
    expect(describeDrawing([image(FULL_PAGE), path], LETTER).soleImage).toBeNull()
  })

  it('two images, or one that hides only part of what was drawn, need rendering', () => {
    const half: Matrix = [612, 0, 0, -396, 0, 792]
    expect(describeDrawing([image(FULL_PAGE), image(half, 'img_p0_2')], LETTER).soleImage).toBeNull()
    expect(describeDrawing([text(), image(half)], LETTER).soleImage).toBeNull()
    // Alone on the page, a smaller image is all there is to read.
    expect(describeDrawing([image(half)], LETTER).soleImage).not.toBeNull()
  })

  it('a mirrored, upside-down or turned image is rendered instead', () => {
    expect(describeDrawing([image([-612, 0, 0, -792, 612, 792])], LETTER).soleImage).toBeNull()
    expect(describeDrawing([image([612, 0, 0, 792, 0, 0])], LETTER).soleImage).toBeNull()
    expect(describeDrawing([image([0, 612, 792, 0, 0, 0])], LETTER).soleImage).toBeNull()
  })
})

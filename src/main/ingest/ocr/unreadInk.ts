import type { Word } from '../../../shared/words'
import { median, textLines } from './bands'
import type { GreyImage } from './greyImage'
import { otsuThreshold } from './greyImage'

export interface Rows {
  top: number
  bottom: number
}
export interface Area extends Rows {
  left: number
  right: number
}
interface Columns {
  left: number
  right: number
}

/**
 * A run of ink rows taller than this many lines is a ruled box, a table or a column of lines
 * joined by rules or close leading: its lines are looked at one by one.
 */
const TALL_RUN = 1.6
/** A column inked over this share of a run's rows is a vertical rule, not print. */
const RULE_SHARE = 0.8

/**
 * The stretches of ink in `pixels` that no word lies on, and the parts to read again around them.
 * A run of ink rows is a line of text, or a ruled box or table (its rules join its lines); within
 * it, ink columns closer than a line's height make one stretch. Within a tall run each line of a
 * stretch counts on its own, its vertical rules left out: tesseract can drop one line of a box
 * (an issue date) while reading the others. Stretches narrower than a line is high (a vertical
 * rule, a speck) and lines under half a line high (a horizontal rule) are not text.
 */
export function unreadInk(
  pixels: GreyImage,
  words: readonly Word[],
): { unread: Area[]; blocks: Area[]; threshold: number; lineHeight: number } {
  const threshold = otsuThreshold(pixels.data)
  const runs = textLines(pixels, threshold)
  const lineHeight = median(runs.map((r) => r.bottom - r.top))
  const isRead = (area: Area) =>
    words.some((w) => w.bbox[0] < area.right && w.bbox[2] > area.left && w.bbox[1] < area.bottom && w.bbox[3] > area.top)
  const unread: Area[] = []
  for (const run of runs) {
    if (run.bottom - run.top < lineHeight / 2) continue
    for (const stretch of inkStretches(pixels, run, threshold, lineHeight)) {
      if (stretch.right - stretch.left < lineHeight) continue
      const areas =
        run.bottom - run.top > TALL_RUN * lineHeight ? linesOf(pixels, run, stretch, threshold, lineHeight) : [{ ...run, ...stretch }]
      unread.push(...areas.filter((area) => !isRead(area)))
    }
  }
  return { unread, blocks: areasAround(unread, lineHeight, pixels), threshold, lineHeight }
}

/**
 * Parts of the image to read again: each unread area with a line's height of paper around it,
 * areas whose rows overlap joined. Tesseract's reading time grows with the width of its lines, so
 * the columns beside the unread ink are left out.
 */
function areasAround(unread: Area[], lineHeight: number, image: GreyImage): Area[] {
  const blocks: Area[] = []
  for (const area of [...unread].sort((a, b) => a.top - b.top)) {
    const last = blocks.at(-1)
    const around = {
      top: Math.max(0, area.top - lineHeight),
      bottom: Math.min(image.height, area.bottom + lineHeight),
      left: Math.max(0, area.left - lineHeight),
      right: Math.min(image.width, area.right + lineHeight),
    }
    if (last && around.top <= last.bottom) {
      last.bottom = Math.max(last.bottom, around.bottom)
      last.left = Math.min(last.left, around.left)
      last.right = Math.max(last.right, around.right)
    } else blocks.push(around)
  }
  return blocks
}

/**
 * The lines of print within `columns` of a tall run, each cut into its own stretches: rows with ink
 * once the vertical rules are left out, in runs at least half a line high.
 */
function linesOf(pixels: GreyImage, run: Rows, columns: Columns, threshold: number, lineHeight: number): Area[] {
  const rules = ruleColumns(pixels, run, columns, threshold)
  const { data, width } = pixels
  const areas: Area[] = []
  let top = -1
  for (let y = run.top; y <= run.bottom; y++) {
    let inked = false
    if (y < run.bottom) {
      for (let x = columns.left, i = y * width + x; x < columns.right; x++, i++) {
        if (data[i]! <= threshold && !rules[x - columns.left]) {
          inked = true
          break
        }
      }
    }
    if (inked && top < 0) top = y
    else if (!inked && top >= 0) {
      const line = { top, bottom: y }
      if (y - top >= lineHeight / 2) {
        for (const piece of inkStretches(pixels, line, threshold, lineHeight, columns, rules)) {
          if (piece.right - piece.left >= lineHeight) areas.push({ ...line, ...piece })
        }
      }
      top = -1
    }
  }
  return areas
}

/** Which columns of `columns` are inked over most rows of `run`: vertical rules. */
function ruleColumns(pixels: GreyImage, run: Rows, columns: Columns, threshold: number): Uint8Array {
  const { data, width } = pixels
  const counts = new Uint32Array(columns.right - columns.left)
  for (let y = run.top; y < run.bottom; y++) {
    for (let x = columns.left, i = y * width + x; x < columns.right; x++, i++) if (data[i]! <= threshold) counts[x - columns.left]!++
  }
  const rows = run.bottom - run.top
  return Uint8Array.from(counts, (count) => (count >= rows * RULE_SHARE ? 1 : 0))
}

/**
 * Columns holding ink within `rows` (and within `within`, less any `skip` columns), joined across
 * gaps narrower than `join`.
 */
function inkStretches(
  pixels: GreyImage,
  rows: Rows,
  threshold: number,
  join: number,
  within: Columns = { left: 0, right: pixels.width },
  skip?: Uint8Array,
): Columns[] {
  const { data, width } = pixels
  const inked = new Uint8Array(width)
  for (let y = rows.top; y < rows.bottom; y++) {
    for (let x = within.left, i = y * width + x; x < within.right; x++, i++) if (data[i]! <= threshold) inked[x] = 1
  }
  if (skip) for (let x = within.left; x < within.right; x++) if (skip[x - within.left]) inked[x] = 0
  const stretches: Columns[] = []
  let left = -1
  let lastInk = -1
  for (let x = within.left; x < within.right; x++) {
    if (!inked[x]) continue
    if (left < 0) left = x
    else if (x - lastInk > join) {
      stretches.push({ left, right: lastInk + 1 })
      left = x
    }
    lastInk = x
  }
  if (left >= 0) stretches.push({ left, right: lastInk + 1 })
  return stretches
}

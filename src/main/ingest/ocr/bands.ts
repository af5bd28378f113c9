import type { GreyImage } from './greyImage'
import { encodePgm, otsuThreshold } from './greyImage'

/** Rows [top, bottom) of a page image. */
export interface Band {
  top: number
  bottom: number
}

/** Below this a page is read in one piece: a second job would cost more than it saves. */
const MIN_PIXELS_TO_SPLIT = 1_000_000
/** A cut lies inside a blank gap at least this high, so each side keeps a white margin. */
const MIN_GAP = 8
/** How far a cut's share of the reading time may stray from an even share, as a part of one band's. */
const SHARE_SLACK = 0.5
/** A row with less ink than this share of its width counts as blank (dust, speckle). */
const BLANK_ROW = 0.002

/**
 * Splits a page image into up to `count` horizontal bands, cutting only through blank gaps between
 * lines of text, so that several OCR workers can read one page at once. Cuts share out the
 * expected reading time, not the height: an invoice's text sits mostly in its upper half. A row
 * crossed by a table's vertical rules is not blank, so tables are never cut. Fewer bands come back
 * when no gap lies near an even share.
 */
export function splitIntoBands(image: GreyImage, count: number): Band[] {
  const { width, height } = image
  const whole = [{ top: 0, bottom: height }]
  if (count < 2 || width * height < MIN_PIXELS_TO_SPLIT) return whole
  const threshold = otsuThreshold(image.data)
  const ink = inkPerRow(image, threshold)
  const gaps = blankGaps(ink, Math.max(1, width * BLANK_ROW), width)
  if (gaps.length === 0) return whole
  const total = rowCost(width, ink.reduce((a, b) => a + b, 0), height)
  const cuts: number[] = []
  for (let k = 1; k < count; k++) {
    const target = k / count
    let best: Gap | null = null
    for (const gap of gaps) {
      if (gap.middle <= (cuts.at(-1) ?? 0)) continue
      if (!best || Math.abs(gap.costAbove / total - target) < Math.abs(best.costAbove / total - target)) best = gap
    }
    if (best && Math.abs(best.costAbove / total - target) <= SHARE_SLACK / count) cuts.push(best.middle)
  }
  const edges = [0, ...cuts, height]
  return edges.slice(1).map((bottom, i) => ({ top: edges[i]!, bottom }))
}

function rowsOf(image: GreyImage, band: Band): Buffer {
  return image.data.subarray(band.top * image.width, band.bottom * image.width)
}

/** The band's rows as PGM for tesseract (one copy of the rows, none of the page). */
export function encodeBand(image: GreyImage, band: Band): Buffer {
  return encodePgm({ data: rowsOf(image, band), width: image.width, height: band.bottom - band.top })
}

/** Ink pixels per row; Otsu's level belongs to the dark class, so pixels at or below it are ink. */
function inkPerRow(image: GreyImage, threshold: number): number[] {
  const { data, width, height } = image
  const ink = new Array<number>(height)
  for (let y = 0; y < height; y++) {
    let count = 0
    for (let i = y * width, end = i + width; i < end; i++) if (data[i]! <= threshold) count++
    ink[y] = count
  }
  return ink
}

/**
 * Expected reading time of rows, in units of one pixel's worth: tesseract's time grows with the
 * area it segments and, about 34 times faster, with the ink it recognises (fitted on timed bands
 * of a scanned invoice, a photographed receipt and a rendered page).
 */
function rowCost(width: number, ink: number, rows = 1): number {
  return rows * width + INK_WEIGHT * ink
}
const INK_WEIGHT = 34

interface Gap {
  middle: number
  /** Expected reading time of the rows above the gap (see rowCost). */
  costAbove: number
}

/** The middles of blank runs at least MIN_GAP high, away from the edges, with the cost above each. */
function blankGaps(ink: readonly number[], blankBelow: number, width: number): Gap[] {
  const gaps: Gap[] = []
  let above = 0
  let start = -1
  for (let y = 0; y < ink.length; y++) {
    if (ink[y]! < blankBelow) {
      if (start < 0) start = y
    } else {
      if (start > 0 && y - start >= MIN_GAP) gaps.push({ middle: Math.floor((start + y) / 2), costAbove: above })
      start = -1
    }
    above += rowCost(width, ink[y]!)
  }
  return gaps
}

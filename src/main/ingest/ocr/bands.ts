import type { GreyImage } from './greyImage'
import { otsuThreshold } from './greyImage'

/** Rows [top, bottom) of a page image, with the reading time expected of them (see rowCost). */
export interface Band {
  top: number
  bottom: number
  cost: number
}

/** Below this a page is read in one piece: a second job would cost more than it saves. */
const MIN_PIXELS_TO_SPLIT = 1_000_000
/**
 * A cut lies in a blank gap at least this many text lines high, between blocks of text. Cuts
 * between the rows of a table or the lines of an address left bands of a few lines, which
 * tesseract's layout analysis reads worse: alone in a band, a grey-filled table header was taken
 * for a picture and its words dropped (three totals lost on a scanned sample).
 */
const GAP_LINES = 2
/**
 * The least share of the page's reading time a band holds; a smaller band joins its smaller
 * neighbour. Tesseract's layout analysis needs context around a ruled box: alone in a band, a
 * two-line table of invoice number and dates read as nothing at all.
 */
const MIN_BAND_SHARE = 0.15
/** The least gap, whatever the lines: each side of a cut keeps a white margin. */
const MIN_GAP = 8
/** White rows kept above a band's first ink and below its last: tesseract misses text touching the edge. */
const MARGIN = 12
/**
 * Bands per worker, where the blocks allow. Reading time follows the characters more than the
 * pixels, so no estimate shares a page out evenly in as many bands as workers; with more bands,
 * handed out costliest first, the last to finish is a short one.
 */
const BANDS_PER_WORKER = 3
/** A row with less ink than this share of its width counts as blank (dust, speckle). */
const BLANK_ROW = 0.002

/**
 * Cuts a page image into horizontal bands, only through wide blank gaps between blocks of text,
 * so that `workers` OCR workers read one page at once. Bands share out the expected reading time,
 * not the height (an invoice's text sits mostly in its upper half), leave out the blank rows
 * around them, and come costliest first: handed out in that order, the workers finish close
 * together. A row crossed by a table's vertical rules is not blank, so tables are never cut.
 * `enlarge` is how much the bands are to be enlarged before reading.
 */
export function splitIntoBands(image: GreyImage, workers: number, enlarge = 1): Band[] {
  const { width, height } = image
  const whole = [{ top: 0, bottom: height, cost: rowCost(width, 0, height) }]
  if (workers < 2 || width * height * enlarge ** 2 < MIN_PIXELS_TO_SPLIT) return whole
  const ink = inkPerRow(image, otsuThreshold(image.data))
  const blankBelow = blankLevel(width)
  const lineHeight = median(textRuns(ink, blankBelow, 1).map((line) => line.bottom - line.top))
  const blocks = textRuns(ink, blankBelow, Math.max(MIN_GAP, Math.round(lineHeight * GAP_LINES)))
  if (blocks.length === 0) return whole
  const inkAbove = [0]
  for (const count of ink) inkAbove.push(inkAbove.at(-1)! + count)
  const cost = (top: number, bottom: number) => rowCost(width, inkAbove[bottom]! - inkAbove[top]!, bottom - top)
  const total = cost(blocks[0]!.top, blocks.at(-1)!.bottom)
  const share = total / (workers * BANDS_PER_WORKER)
  // Neighbouring blocks join until a band holds its share; the gaps between bands stay unread.
  const bands: Band[] = []
  let first = blocks[0]!
  for (let i = 0; i < blocks.length; i++) {
    const next = blocks[i + 1]
    if (next && cost(first.top, next.bottom) <= share) continue
    bands.push({ top: first.top, bottom: blocks[i]!.bottom, cost: cost(first.top, blocks[i]!.bottom) })
    if (next) first = next
  }
  for (let i = cheapest(bands); bands.length > 1 && bands[i]!.cost < total * MIN_BAND_SHARE; i = cheapest(bands)) {
    const above = bands[i - 1]
    const below = bands[i + 1]
    const j = !above ? i + 1 : !below ? i - 1 : above.cost < below.cost ? i - 1 : i + 1
    const [a, b] = [bands[Math.min(i, j)]!, bands[Math.max(i, j)]!]
    bands.splice(Math.min(i, j), 2, { top: a.top, bottom: b.bottom, cost: cost(a.top, b.bottom) })
  }
  // Each band gets a white margin, up to the middle of the gap it shares with its neighbour.
  const framed = bands.map((band, i) => {
    const above = bands[i - 1]
    const below = bands[i + 1]
    return {
      ...band,
      top: Math.max(0, band.top - MARGIN, above ? middle(above.bottom, band.top) : 0),
      bottom: Math.min(height, band.bottom + MARGIN, below ? middle(band.bottom, below.top) : height),
    }
  })
  return framed.sort((a, b) => b.cost - a.cost)
}

function cheapest(bands: readonly Band[]): number {
  let least = 0
  bands.forEach((band, i) => {
    if (band.cost < bands[least]!.cost) least = i
  })
  return least
}

/** Rows [top, bottom) of each line of text (or rule, or picture) of an image, top to bottom. */
export function textLines(image: GreyImage): { top: number; bottom: number }[] {
  return textRuns(inkPerRow(image, otsuThreshold(image.data)), blankLevel(image.width), 1)
}

function blankLevel(width: number): number {
  return Math.max(1, width * BLANK_ROW)
}

export function median(values: number[]): number {
  return values.sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0
}

function middle(a: number, b: number): number {
  return Math.floor((a + b) / 2)
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

/** Rows [top, bottom) holding ink, split wherever at least `minGap` blank rows lie between them. */
function textRuns(ink: readonly number[], blankBelow: number, minGap: number): { top: number; bottom: number }[] {
  const runs: { top: number; bottom: number }[] = []
  let top = -1
  let lastInk = -1
  for (let y = 0; y < ink.length; y++) {
    if (ink[y]! < blankBelow) continue
    if (top < 0) top = y
    else if (y - lastInk - 1 >= minGap) {
      runs.push({ top, bottom: lastInk + 1 })
      top = y
    }
    lastInk = y
  }
  if (top >= 0) runs.push({ top, bottom: lastInk + 1 })
  return runs
}

import type { GreyImage } from './greyImage'
import { greyHistogram, otsuThreshold, paperLevel } from './greyImage'

/** Rows [top, bottom) of a page image, with the reading time expected of them (see rowCost). */
export interface Band {
  top: number
  bottom: number
  cost: number
}

/** Below this a page is read in one piece: a second job would cost more than it saves. */
const MIN_PIXELS_TO_SPLIT = 1_000_000
/** A cut lies inside a blank gap at least this high as read, so each side keeps a white margin. */
const MIN_GAP = 8
/** How far a cut's share of the reading time may stray from an even share, as a part of one band's. */
const SHARE_SLACK = 0.5
/** White rows kept above and below a band's ink, as read (after enlarging). */
const TRIM_MARGIN = 24
/**
 * How much darker than the paper's grey a pixel counts as faint ink (see trimmed). The speckle on
 * the blank half of a scanned invoice stays within 22 levels of its paper; pale grey print lies
 * far below that.
 */
const FAINT_INK = 32
/** A run of ink down a column this many lines of text long is a vertical rule. */
const RULE_LINES = 3
/** A row with less ink than this share of its width counts as blank (dust, speckle). */
const BLANK_ROW = 0.002

/**
 * Splits a page image into up to `workers` horizontal bands, top to bottom, cutting only through
 * blank gaps between lines of text, so that several OCR workers read one page at once. Cuts share
 * out the expected reading time of the printed rows, not the height: an invoice's text sits mostly
 * in its upper half, and the blank paper around it is left out of every band (see trimmed). A row
 * between two rows of a table counts as blank when only the table's vertical rules cross it, so a
 * long table can be cut between its rows. Fewer bands come back when no gap lies near an even
 * share. `enlarge` is how much the bands are to be enlarged before reading.
 *
 * Bands stay as large as the workers allow. Tesseract's layout analysis reads a small band worse
 * than the same rows within a page: cut between blocks into six, scans lost a ruled box of number
 * and dates, the right-hand columns of an items table and a grey totals header, read as pictures.
 */
export function splitIntoBands(image: GreyImage, workers: number, enlarge = 1): Band[] {
  const { width } = image
  const histogram = greyHistogram(image.data)
  const otsu = otsuThreshold(image.data, histogram)
  const faint = inkPerRow(image, Math.max(otsu, paperLevel(image.data, histogram) - FAINT_INK))
  const trim = (bands: Band[]) => trimmed(bands, faint, blankLevel(width), enlarge)
  // Cuts share out the printed rows only: blank paper below the text costs nothing once trimmed.
  const [printed] = trim([{ top: 0, bottom: image.height, cost: 0 }])
  const { top, bottom } = printed!
  const whole = [{ top, bottom, cost: rowCost(width, 0, bottom - top) }]
  if (workers < 2 || width * (bottom - top) * enlarge ** 2 < MIN_PIXELS_TO_SPLIT) return whole
  // Lines of text are measured on the faint ink, a close enough stand-in for Otsu's.
  const minRule = RULE_LINES * median(lineHeights(faint.slice(top, bottom)))
  const ink = textInkPerRow(image, otsu, top, bottom, minRule)
  // An enlarged gap loses a row or two to the resampling kernel at each edge.
  const gaps = blankGaps(ink, blankLevel(width), width, Math.max(1, Math.ceil((MIN_GAP + 2) / enlarge)))
  if (gaps.length === 0) return whole
  const total = rowCost(width, ink.reduce((a, b) => a + b, 0), bottom - top)
  const cuts: number[] = []
  for (let k = 1; k < workers; k++) {
    const target = k / workers
    let best: Gap | null = null
    for (const gap of gaps) {
      if (gap.middle <= (cuts.at(-1) ?? 0)) continue
      if (!best || Math.abs(gap.costAbove / total - target) < Math.abs(best.costAbove / total - target)) best = gap
    }
    if (best && Math.abs(best.costAbove / total - target) <= SHARE_SLACK / workers) cuts.push(best.middle)
  }
  // Gaps and cuts count rows from `top`.
  const edges = [0, ...cuts, bottom - top]
  const costAt = (y: number) => (y === 0 ? 0 : y === bottom - top ? total : gaps.find((g) => g.middle === y)!.costAbove)
  const bands = edges.slice(1).map((end, i) => ({ top: top + edges[i]!, bottom: top + end, cost: costAt(end) - costAt(edges[i]!) }))
  return trim(bands)
}

/**
 * Bands without the blank rows at their ends, beyond a white margin: tesseract's reading time
 * grows with the paper it segments, blank or not (the lower half of an invoice is often empty),
 * and so does enlarging. Blank here means no pixel clearly darker than the paper, not Otsu's test
 * for ink: pale grey print (a footer, a note) can be lighter than Otsu's level and must not be cut
 * off.
 */
function trimmed(bands: Band[], ink: readonly number[], blankBelow: number, enlarge: number): Band[] {
  const margin = Math.ceil(TRIM_MARGIN / enlarge)
  return bands.map((band) => {
    let top = band.top
    let bottom = band.bottom
    while (top < bottom && ink[top]! < blankBelow) top++
    while (bottom > top && ink[bottom - 1]! < blankBelow) bottom--
    if (top === bottom) return band
    return { ...band, top: Math.max(band.top, top - margin), bottom: Math.min(band.bottom, bottom + margin) }
  })
}

/**
 * Rows [top, bottom) of each line of text (or rule, or picture) of an image, top to bottom: runs of
 * rows with ink at or below `threshold`, split by any blank row.
 */
export function textLines(image: GreyImage, threshold = otsuThreshold(image.data)): { top: number; bottom: number }[] {
  return inkedRuns(inkPerRow(image, threshold), blankLevel(image.width))
}

/** Runs [top, bottom) of rows with `blankBelow` ink or more. */
function inkedRuns(ink: readonly number[], blankBelow: number): { top: number; bottom: number }[] {
  const runs: { top: number; bottom: number }[] = []
  let top = -1
  for (let y = 0; y <= ink.length; y++) {
    const inked = y < ink.length && ink[y]! >= blankBelow
    if (inked && top < 0) top = y
    else if (!inked && top >= 0) {
      runs.push({ top, bottom: y })
      top = -1
    }
  }
  return runs
}

function blankLevel(width: number): number {
  return Math.max(1, width * BLANK_ROW)
}

export function median(values: number[]): number {
  return values.sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0
}

/** Ink pixels per row of rows [top, bottom); Otsu's level belongs to the dark class, so pixels at or below it are ink. */
function inkPerRow(image: GreyImage, threshold: number, top = 0, bottom = image.height): number[] {
  const { data, width } = image
  const ink = new Array<number>(bottom - top)
  for (let y = top; y < bottom; y++) {
    let count = 0
    for (let i = y * width, end = i + width; i < end; i++) if (data[i]! <= threshold) count++
    ink[y - top] = count
  }
  return ink
}

/**
 * Ink pixels per row of rows [top, bottom), leaving out vertical rules: runs of ink down a column
 * `minRule` rows long or longer, a few lines of text. No letter is that tall.
 */
function textInkPerRow(image: GreyImage, threshold: number, top: number, bottom: number, minRule: number): number[] {
  const { data, width } = image
  const ink = new Array<number>(bottom - top)
  // Rule pixels per row, as differences: +1 where a rule starts, -1 below where it ends.
  const ruleStarts = new Int32Array(bottom - top + 1)
  const runStart = new Int32Array(width).fill(-1)
  const endRun = (x: number, y: number) => {
    if (y - runStart[x]! >= minRule) {
      ruleStarts[runStart[x]! - top]!++
      ruleStarts[y - top]!--
    }
    runStart[x] = -1
  }
  for (let y = top; y < bottom; y++) {
    let count = 0
    for (let x = 0, i = y * width; x < width; x++, i++) {
      if (data[i]! <= threshold) {
        count++
        if (runStart[x]! < 0) runStart[x] = y
      } else if (runStart[x]! >= 0) endRun(x, y)
    }
    ink[y - top] = count
  }
  for (let x = 0; x < width; x++) if (runStart[x]! >= 0) endRun(x, bottom)
  let rules = 0
  return ink.map((count, y) => count - (rules += ruleStarts[y]!))
}

/**
 * Heights of the runs of rows with a twentieth of the inkiest row's ink or more: lines of text. The
 * few pixels a table's vertical rules leave between its rows fall below that and part them.
 */
function lineHeights(ink: readonly number[]): number[] {
  const blankBelow = Math.max(1, Math.max(0, ...ink) * 0.05)
  return inkedRuns(ink, blankBelow).map((run) => run.bottom - run.top)
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

/** The middles of blank runs at least `minGap` high, away from the edges, with the cost above each. */
function blankGaps(ink: readonly number[], blankBelow: number, width: number, minGap: number): Gap[] {
  const gaps: Gap[] = []
  let above = 0
  let start = -1
  for (let y = 0; y < ink.length; y++) {
    if (ink[y]! < blankBelow) {
      if (start < 0) start = y
    } else {
      if (start > 0 && y - start >= minGap) gaps.push({ middle: Math.floor((start + y) / 2), costAbove: above })
      start = -1
    }
    above += rowCost(width, ink[y]!)
  }
  return gaps
}

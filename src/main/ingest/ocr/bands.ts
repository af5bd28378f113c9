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
/** How far from the even split a cut may move to find a gap, as a share of the page height. */
const SEARCH = 0.2
/** A row with less ink than this share of its width counts as blank (dust, speckle). */
const BLANK_ROW = 0.002
/** How far a band's Otsu level may stray from the page's before the page is read whole. */
const MAX_THRESHOLD_DRIFT = 25

/**
 * Splits a page image into up to `count` horizontal bands, cutting only through blank gaps between
 * lines of text, so that several OCR workers can read one page at once. A row crossed by a table's
 * vertical rules is not blank, so tables are never cut. Fewer bands come back when no gap lies
 * near an even split.
 */
export function splitIntoBands(image: GreyImage, count: number): Band[] {
  const { width, height } = image
  if (count < 2 || width * height < MIN_PIXELS_TO_SPLIT) return [{ top: 0, bottom: height }]
  const whole = [{ top: 0, bottom: height }]
  const threshold = otsuThreshold(image.data)
  const blank = blankRows(image, threshold)
  const cuts: number[] = []
  for (let k = 1; k < count; k++) {
    const cut = gapNear(blank, Math.round((k * height) / count), Math.round(height * SEARCH))
    if (cut !== null && cut > (cuts.at(-1) ?? 0)) cuts.push(cut)
  }
  const edges = [0, ...cuts, height]
  const bands = edges.slice(1).map((bottom, i) => ({ top: edges[i]!, bottom }))
  // Tesseract binarises each image at its own Otsu level. A band holding mostly margin or a
  // scanner's white border (a skewed page's corners) can get a level that takes grey paper for
  // ink, and then yields no text at all: such a page is read whole, as before.
  const drifts = bands.map((band) => Math.abs(otsuThreshold(rowsOf(image, band)) - threshold))
  return drifts.every((drift) => drift <= MAX_THRESHOLD_DRIFT) ? bands : whole
}

function rowsOf(image: GreyImage, band: Band): Buffer {
  return image.data.subarray(band.top * image.width, band.bottom * image.width)
}

/** The band's rows as PGM for tesseract (one copy of the rows, none of the page). */
export function encodeBand(image: GreyImage, band: Band): Buffer {
  return encodePgm({ data: rowsOf(image, band), width: image.width, height: band.bottom - band.top })
}

/** Otsu's level belongs to the dark class: pixels at or below it are ink. */
function blankRows(image: GreyImage, threshold: number): boolean[] {
  const { data, width, height } = image
  const limit = Math.max(1, width * BLANK_ROW)
  const blank = new Array<boolean>(height)
  for (let y = 0; y < height; y++) {
    let ink = 0
    for (let i = y * width, end = i + width; i < end && ink < limit; i++) if (data[i]! <= threshold) ink++
    blank[y] = ink < limit
  }
  return blank
}

/** The middle of the blank run at least MIN_GAP high whose middle is nearest `target`. */
function gapNear(blank: readonly boolean[], target: number, reach: number): number | null {
  let best: number | null = null
  let start = -1
  for (let y = 0; y <= blank.length; y++) {
    if (y < blank.length && blank[y]) {
      if (start < 0) start = y
      continue
    }
    if (start >= 0 && y - start >= MIN_GAP && start > 0 && y < blank.length) {
      const middle = Math.floor((start + y) / 2)
      const distance = Math.abs(middle - target)
      if (distance <= reach && (best === null || distance < Math.abs(best - target))) best = middle
    }
    start = -1
  }
  return best
}

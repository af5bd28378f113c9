import type { GreyImage } from './greyImage'
import { encodePgm, greyHistogram, greySharp, paperLevel, percentile, toGrey } from './greyImage'
import type { PointMap } from './pointMap'
import { compose, identity, unrotateMap, unscaleMap } from './pointMap'
import { measureTextGeometry } from './skew'

/** A page turned upright, levelled and contrast-stretched, not yet enlarged. */
export interface LevelledPage {
  /** At the source's resolution, or below it for huge photos. */
  grey: GreyImage
  /** From a pixel of `grey` back to a pixel of the image that was prepared. */
  toSource: PointMap
  /** Clockwise degrees the source was turned (coarse turn plus deskew). */
  turned: number
  /** How much `grey` is still to be enlarged for tesseract (1 when its print is large enough). */
  enlarge: number
  /** The contrast stretch still to be applied, together with the enlargement (none without one). */
  stretch: Stretch
}

/** A linear map of grey levels, `gain * level + shift`. */
export interface Stretch {
  gain: number
  shift: number
}
const NO_STRETCH: Stretch = { gain: 1, shift: 0 }

/** An image ready for tesseract. */
export interface PreparedImage {
  /** PGM bytes for tesseract. */
  image: Buffer
  /** The same pixels, raw. */
  grey: GreyImage
  /** From a pixel of `image` back to a pixel of the image that was prepared. */
  toSource: PointMap
}

export interface PrepareOptions {
  /** A coarse turn (0/90/180/270, clockwise) to apply before deskewing. */
  turn?: number
  /** Extra downscale, for cheap orientation probes. */
  probe?: boolean
  maxPixels?: number
}

/**
 * Line height (ink rows, ascender to descender) that small print is scaled up to. Tesseract reads
 * best with an x-height near 20 px, but OCR time grows with the pixel count: 28 px lines (a 150 dpi
 * receipt doubled) cost what a 300 dpi page does, where 40 px lines cost twice that.
 */
const TARGET_LINE = 28
const MIN_LINE = 20
const MAX_LINE = 100
const MAX_UPSCALE = 2
const MIN_SKEW = 0.3
const DEFAULT_MAX_PIXELS = 16_000_000

/**
 * Makes a page image easy for tesseract, short of enlarging it: turned upright and levelled,
 * contrast stretched, huge photos scaled down. Works out how much small print is to be enlarged
 * (lines of text 20 to 100 px high) but leaves that to `enlargeRows`, band by band, so that OCR
 * workers start on the first band while the others are still being enlarged, and the blank rows
 * between bands are never enlarged at all.
 */
export async function levelForOcr(source: GreyImage, options: PrepareOptions = {}): Promise<LevelledPage> {
  const turn = options.turn ?? 0
  let toSource: PointMap = identity
  let image = source
  if (turn !== 0) {
    image = await toGrey(greySharp(source).rotate(turn))
    toSource = unrotateMap(turn, source, image)
  }
  const geometry = await measureTextGeometry(image)
  const maxPixels = options.maxPixels ?? DEFAULT_MAX_PIXELS
  let factor = sizeFactor(geometry.lineHeight)
  // Within 5% is not worth a resample.
  if (Math.abs(factor - 1) < 0.05) factor = 1
  if (options.probe) factor *= 0.5
  factor = Math.min(factor, Math.sqrt(maxPixels / (image.width * image.height)))
  // The stretch is one linear map: sharp's normalise() evaluates its input twice.
  const stretch = contrastStretch(image.data)
  const skew = Math.abs(geometry.skew) >= MIN_SKEW ? geometry.skew : 0
  // A level page with small print is stretched and enlarged later, band by band, in the same
  // resample as before (rounding the stretch to bytes first would change what tesseract reads).
  if (skew === 0 && factor > 1) return { grey: image, toSource, turned: turn, enlarge: factor, stretch }
  // Otherwise the whole page is sized first and levelled after: turning enlarged pixels blurs
  // small print less than enlarging turned ones.
  const width = Math.max(1, Math.round(image.width * factor))
  const height = Math.max(1, Math.round(image.height * factor))
  const same = width === image.width && height === image.height
  const stretched = greySharp(image).linear(stretch.gain, stretch.shift)
  const kernel = factor > 1 ? 'cubic' : 'lanczos3'
  const sized = await toGrey(same ? stretched : stretched.resize({ width, height, fit: 'fill', kernel }))
  toSource = compose(unscaleMap(image, sized), toSource)
  let levelled = sized
  if (skew !== 0) {
    // The corners the turn uncovers get the paper's own grey: white corners around grey paper can
    // make thresholding take the paper beside them for ink (a global Otsu level took all of it).
    const paper = paperLevel(sized.data)
    const background = { r: paper, g: paper, b: paper }
    levelled = await toGrey(greySharp(sized).rotate(-skew, { background }))
    toSource = compose(unrotateMap(-skew, sized, levelled), toSource)
  }
  return { grey: levelled, toSource, turned: turn - skew, enlarge: 1, stretch: NO_STRETCH }
}

/**
 * Rows [top, bottom) of a levelled page, enlarged as its print needs, as raw pixels and with the
 * map from them back to the levelled page.
 */
export async function enlargeRows(
  page: LevelledPage,
  rows: { top: number; bottom: number },
): Promise<{ grey: GreyImage; toLevelled: PointMap }> {
  const { width } = page.grey
  const band = { data: page.grey.data.subarray(rows.top * width, rows.bottom * width), width, height: rows.bottom - rows.top }
  const offset: PointMap = (x, y) => [x, y + rows.top]
  const { enlarge, stretch } = page
  if (enlarge === 1) return { grey: band, toLevelled: offset }
  const size = { width: Math.round(band.width * enlarge), height: Math.round(band.height * enlarge) }
  const stretched = greySharp(band).linear(stretch.gain, stretch.shift)
  const grey = await toGrey(stretched.resize({ ...size, fit: 'fill', kernel: 'cubic' }))
  return { grey, toLevelled: compose(unscaleMap(band, grey), offset) }
}

/** The whole page levelled and enlarged in one piece (orientation probes, region OCR, benchmarks). */
export async function prepareForOcr(source: GreyImage, options: PrepareOptions = {}): Promise<PreparedImage> {
  const page = await levelForOcr(source, options)
  const { grey, toLevelled } = await enlargeRows(page, { top: 0, bottom: page.grey.height })
  return { image: encodePgm(grey), grey, toSource: compose(toLevelled, page.toSource) }
}

/** 1 unless lines are clearly too small or too large for tesseract. */
function sizeFactor(lineHeight: number): number {
  if (lineHeight <= 0) return 1
  if (lineHeight < MIN_LINE) return Math.min(MAX_UPSCALE, TARGET_LINE / lineHeight)
  if (lineHeight > MAX_LINE) return (MAX_LINE / 2) / lineHeight
  return 1
}

/**
 * The linear map that takes the 1st percentile of grey to black and the 99th to white, as sharp's
 * normalise() does; a page already spanning the range gets the identity.
 */
export function contrastStretch(data: Uint8Array): Stretch {
  const histogram = greyHistogram(data)
  const low = percentile(histogram, data.length * 0.01)
  const high = percentile(histogram, data.length * 0.99)
  if (high <= low) return { gain: 1, shift: 0 }
  const gain = 255 / (high - low)
  return { gain, shift: -low * gain }
}


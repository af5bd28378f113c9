import type { GreyImage } from './greyImage'
import { encodePgm, greyHistogram, greySharp, toGrey } from './greyImage'
import type { PointMap } from './pointMap'
import { compose, identity, unrotateMap, unscaleMap } from './pointMap'
import { measureTextGeometry } from './skew'

export interface PreparedImage {
  /** PGM bytes for tesseract. */
  image: Buffer
  /** The same pixels, raw, for cutting into bands. */
  grey: GreyImage
  width: number
  height: number
  /** From a pixel of `image` back to a pixel of the image that was prepared. */
  toSource: PointMap
  /** Clockwise degrees the source was turned (coarse turn plus deskew). */
  turned: number
  /** Resize factor applied. */
  factor: number
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
 * Makes a page image easy for tesseract: turned upright and levelled, sized so lines of text are
 * 20 to 100 px high (small receipts are scaled up, huge photos down), contrast stretched, and
 * encoded as PGM. Returns how to map tesseract's boxes back to the source pixels.
 */
export async function prepareForOcr(
  source: GreyImage,
  options: PrepareOptions = {},
): Promise<PreparedImage> {
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
  const width = Math.max(1, Math.round(image.width * factor))
  const height = Math.max(1, Math.round(image.height * factor))
  const skew = Math.abs(geometry.skew) >= MIN_SKEW ? geometry.skew : 0
  const kernel = factor > 1 ? 'cubic' : 'lanczos3'
  // Resampling to the same size would only blur and cost a pass over every pixel.
  const same = width === image.width && height === image.height
  // The stretch is worked out here, on the smaller source, and applied as one linear map before
  // the resize: sharp's normalise() would evaluate the resized image twice (about 0.7 s on an
  // enlarged A4 page, more than the rest of preparing).
  const { gain, shift } = contrastStretch(image.data)
  const base = greySharp(image).linear(gain, shift)
  const resize = same ? base : base.resize({ width, height, fit: 'fill', kernel })
  const resized = await toGrey(resize)
  toSource = compose(unscaleMap(image, resized), toSource)
  let levelled = resized
  if (skew !== 0) {
    // The corners the turn uncovers get the paper's own grey: white corners around grey paper can
    // make thresholding take the paper beside them for ink (a global Otsu level took all of it).
    const paper = paperLevel(resized.data)
    const background = { r: paper, g: paper, b: paper }
    levelled = await toGrey(greySharp(resized).rotate(-skew, { background }))
    toSource = compose(unrotateMap(-skew, resized, levelled), toSource)
  }
  return {
    image: encodePgm(levelled),
    grey: levelled,
    width: levelled.width,
    height: levelled.height,
    toSource,
    turned: turn - skew,
    factor,
  }
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
export function contrastStretch(data: Uint8Array): { gain: number; shift: number } {
  const histogram = greyHistogram(data)
  const low = percentile(histogram, data.length * 0.01)
  const high = percentile(histogram, data.length * 0.99)
  if (high <= low) return { gain: 1, shift: 0 }
  const gain = 255 / (high - low)
  return { gain, shift: -low * gain }
}

function percentile(histogram: Uint32Array, rank: number): number {
  let count = 0
  for (let level = 0; level < 256; level++) {
    count += histogram[level]!
    if (count > rank) return level
  }
  return 255
}

/** The grey of the paper: the level most pixels are at or below, text being the minority. */
function paperLevel(data: Uint8Array): number {
  const histogram = greyHistogram(data)
  let count = 0
  for (let level = 0; level < 256; level++) {
    count += histogram[level]!
    if (count >= data.length * 0.6) return level
  }
  return 255
}

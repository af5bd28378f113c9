import sharp from 'sharp'
import type { Sharp } from 'sharp'

/** Raw 8-bit greyscale pixels, one byte per pixel, rows top to bottom. */
export interface GreyImage {
  data: Buffer
  width: number
  height: number
}

/** Any image sharp reads (encoded, or raw RGBA from a canvas) as raw greyscale. */
export async function toGrey(input: Sharp): Promise<GreyImage> {
  // Dropping alpha first leaves one channel, so no per-pixel copy is needed below.
  const { data, info } = await input
    .removeAlpha()
    .greyscale()
    .raw()
    .toBuffer({ resolveWithObject: true })
  if (info.channels === 1) return { data, width: info.width, height: info.height }
  // sharp keeps an alpha channel through greyscale(); drop it.
  const grey = Buffer.alloc(info.width * info.height)
  for (let i = 0; i < grey.length; i++) grey[i] = data[i * info.channels]!
  return { data: grey, width: info.width, height: info.height }
}

export function greySharp(image: GreyImage): Sharp {
  return sharp(image.data, { raw: { width: image.width, height: image.height, channels: 1 } })
}

/**
 * Binary PGM: leptonica reads it with no decompression and building it costs a header, where
 * PNG costs a deflate on our side and an inflate in tesseract's (bench-ocr measures both).
 */
export function encodePgm(image: GreyImage): Buffer {
  const header = Buffer.from(`P5\n${image.width} ${image.height}\n255\n`, 'latin1')
  return Buffer.concat([header, image.data])
}

/**
 * How many pixels sit at each grey level. An indexed loop: iterating a Buffer with for…of goes
 * through the iterator protocol and cost about 60 ms per enlarged page, several times per page.
 */
export function greyHistogram(data: Uint8Array): Uint32Array {
  const histogram = new Uint32Array(256)
  for (let i = 0, n = data.length; i < n; i++) histogram[data[i]!]!++
  return histogram
}

/** Otsu's threshold: the grey level that best splits ink from paper. */
export function otsuThreshold(data: Uint8Array, histogram = greyHistogram(data)): number {
  const total = data.length
  let sumAll = 0
  for (let i = 0; i < 256; i++) sumAll += i * histogram[i]!
  let sumBelow = 0
  let countBelow = 0
  let best = 127
  let bestVariance = -1
  for (let t = 0; t < 256; t++) {
    countBelow += histogram[t]!
    if (countBelow === 0) continue
    const countAbove = total - countBelow
    if (countAbove === 0) break
    sumBelow += t * histogram[t]!
    const meanBelow = sumBelow / countBelow
    const meanAbove = (sumAll - sumBelow) / countAbove
    const variance = countBelow * countAbove * (meanBelow - meanAbove) ** 2
    if (variance > bestVariance) {
      bestVariance = variance
      best = t
    }
  }
  return best
}

/** The grey of the paper: the level most pixels are at or below, text being the minority. */
export function paperLevel(data: Uint8Array, histogram = greyHistogram(data)): number {
  return percentile(histogram, data.length * 0.6)
}

/** The grey level below which more than `rank` pixels lie. */
export function percentile(histogram: Uint32Array, rank: number): number {
  let count = 0
  for (let level = 0; level < 256; level++) {
    count += histogram[level]!
    if (count > rank) return level
  }
  return 255
}

/** A copy of the rectangle [left, right) × [top, bottom) of an image. */
export function cropGrey(image: GreyImage, area: { left: number; top: number; right: number; bottom: number }): GreyImage {
  const width = area.right - area.left
  const height = area.bottom - area.top
  const data = Buffer.alloc(width * height)
  for (let y = 0; y < height; y++) {
    const from = (area.top + y) * image.width + area.left
    data.set(image.data.subarray(from, from + width), y * width)
  }
  return { data, width, height }
}

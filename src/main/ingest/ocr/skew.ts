import type { GreyImage } from './greyImage'
import { greySharp, otsuThreshold, toGrey } from './greyImage'

export interface TextGeometry {
  /** Clockwise degrees the text lines run downhill; turn the image by minus this to level them. */
  skew: number
  /** Median height of a text line (ink rows in a run), in pixels of the analysed image. */
  lineHeight: number
}

const MAX_SKEW = 8
/** Wide enough to resolve lines of small print, small enough that the search costs a few ms. */
const ANALYSIS_WIDTH = 1000

/**
 * Estimates skew with a projection profile: ink pixels are projected onto the axis perpendicular
 * to each candidate angle, and the angle whose profile has the sharpest rows (largest sum of
 * squared differences between neighbouring rows) is the one where text lines run level.
 */
export async function measureTextGeometry(image: GreyImage): Promise<TextGeometry> {
  const factor = Math.min(1, ANALYSIS_WIDTH / image.width)
  const small =
    factor < 1
      ? await toGrey(greySharp(image).resize({ width: Math.round(image.width * factor) }))
      : image
  const ink = inkPoints(small)
  if (ink.count < 50) return { skew: 0, lineHeight: 0 }
  let best = 0
  let bestScore = -1
  const search = (from: number, to: number, step: number) => {
    for (let angle = from; angle <= to + 1e-9; angle += step) {
      const score = profileScore(ink, small.height, small.width, angle)
      if (score > bestScore) {
        bestScore = score
        best = angle
      }
    }
  }
  search(-MAX_SKEW, MAX_SKEW, 0.5)
  const coarse = best
  search(coarse - 0.4, coarse + 0.4, 0.1)
  const lineHeight = medianLineHeight(profile(ink, small.height, small.width, best)) / factor
  return { skew: Math.round(best * 10) / 10, lineHeight }
}

interface InkPoints {
  xs: Float32Array
  ys: Float32Array
  count: number
}

function inkPoints(image: GreyImage): InkPoints {
  const threshold = otsuThreshold(image.data)
  let count = 0
  const { data } = image
  for (let k = 0, n = data.length; k < n; k++) if (data[k]! < threshold) count++
  // A page that is mostly dark (a photo, an inverted scan) is not text on paper; give up.
  if (count > image.data.length * 0.5) count = 0
  const xs = new Float32Array(count)
  const ys = new Float32Array(count)
  let i = 0
  for (let y = 0; y < image.height && i < count; y++) {
    for (let x = 0; x < image.width; x++) {
      if (image.data[y * image.width + x]! < threshold) {
        xs[i] = x
        ys[i] = y
        i++
      }
    }
  }
  return { xs, ys, count }
}

function profile(ink: InkPoints, height: number, width: number, angle: number): Float64Array {
  const t = (angle * Math.PI) / 180
  const cos = Math.cos(t)
  const sin = Math.sin(t)
  const margin = Math.ceil(Math.abs(sin) * width) + 1
  const bins = new Float64Array(height + 2 * margin)
  for (let i = 0; i < ink.count; i++) {
    const row = Math.round(ink.ys[i]! * cos - ink.xs[i]! * sin) + margin
    if (row >= 0 && row < bins.length) bins[row]!++
  }
  return bins
}

function profileScore(ink: InkPoints, height: number, width: number, angle: number): number {
  const bins = profile(ink, height, width, angle)
  let score = 0
  for (let i = 1; i < bins.length; i++) score += (bins[i]! - bins[i - 1]!) ** 2
  return score
}

/** Runs of rows holding ink are text lines; their median height tells the print size. */
function medianLineHeight(bins: Float64Array): number {
  let max = 0
  for (const v of bins) max = Math.max(max, v)
  const floor = max * 0.05
  const runs: number[] = []
  let run = 0
  for (const v of bins) {
    if (v > floor) run++
    else if (run > 0) {
      if (run > 1) runs.push(run)
      run = 0
    }
  }
  if (runs.length === 0) return 0
  runs.sort((a, b) => a - b)
  return runs[Math.floor(runs.length / 2)]!
}

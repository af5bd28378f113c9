import type { Word } from '../../../shared/words'
import type { GreyImage } from './greyImage'
import type { OcrEngine } from './ocrPool'
import { readability } from './ocrWords'
import type { PointMap } from './pointMap'
import { compose, scaleMap } from './pointMap'
import { encodeBand, splitIntoBands } from './bands'
import { prepareForOcr } from './preprocess'

export interface OcrPageResult {
  /** Boxes in the units of `toPage`, over the image as given (not as turned for reading). */
  words: Word[]
  /** Coarse clockwise turn (0/90/180/270) that made the page readable. */
  rotation: number
  /** Fine deskew applied on top, in clockwise degrees. */
  skew: number
}

/** Below this mean confidence a page may be sideways or upside down; worth probing the others. */
const DOUBTFUL_CONFIDENCE = 0.6
const TURNS = [90, 180, 270] as const

/**
 * OCRs one page image: levelled, sized and contrast-stretched for tesseract; when the result reads
 * badly, low-resolution probes at 90/180/270° pick the turn that reads best and only that one is
 * read in full. Tesseract's own orientation detector needs the legacy engine and its data, which
 * double the download and memory for a case that one cheap probe per turn settles.
 */
export async function ocrPage(
  grey: GreyImage,
  toPage: PointMap,
  ocr: OcrEngine,
): Promise<OcrPageResult> {
  const upright = await readTurned(grey, 0, toPage, ocr)
  if (!isDoubtful(upright.words)) return upright
  const probes = await Promise.all(
    [0, ...TURNS].map(async (turn) => {
      const prepared = await prepareForOcr(grey, { turn, probe: true })
      const { image, toSource } = prepared
      const words = await ocr.recognize({ image, scale: 1, toPage: toSource })
      return { turn, score: readability(words) }
    }),
  )
  const [straight, ...others] = probes
  const best = others.reduce((a, b) => (b.score > a.score ? b : a))
  // A clear margin, so that a sparse but upright page is never turned on noise.
  if (!straight || best.score <= Math.max(1, straight.score * 1.5)) return upright
  const turned = await readTurned(grey, best.turn, toPage, ocr)
  return readability(turned.words) > readability(upright.words) ? turned : upright
}

async function readTurned(
  grey: GreyImage,
  turn: number,
  toPage: PointMap,
  ocr: OcrEngine,
): Promise<OcrPageResult> {
  const prepared = await prepareForOcr(grey, { turn })
  const toPageFromOcr = compose(prepared.toSource, toPage)
  // One page, several workers: bands cut between lines are read at once, so a single-page
  // document (most invoices) uses every core instead of one.
  const bands = splitIntoBands(prepared.grey, ocr.concurrency)
  const read = bands.map((band) =>
    bands.length === 1
      ? ocr.recognize({ image: prepared.image, scale: 1, toPage: toPageFromOcr })
      : ocr.recognize({
          image: encodeBand(prepared.grey, band),
          scale: 1,
          toPage: compose(scaleMap(1, { x: 0, y: band.top }), toPageFromOcr),
        }),
  )
  const words = (await Promise.all(read)).flat()
  return { words, rotation: turn, skew: Math.round((prepared.turned - turn) * 10) / 10 }
}

function isDoubtful(words: readonly Word[]): boolean {
  const credible = words.filter((w) => /[\p{L}\p{N}]{3,}/u.test(w.text))
  if (credible.length < 5) return true
  const mean = credible.reduce((sum, w) => sum + w.confidence, 0) / credible.length
  return mean < DOUBTFUL_CONFIDENCE
}

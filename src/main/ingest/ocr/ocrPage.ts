import type { Word } from '../../../shared/words'
import type { GreyImage } from './greyImage'
import type { OcrEngine } from './ocrPool'
import { readability } from './ocrWords'
import type { PointMap } from './pointMap'
import { compose } from './pointMap'
import { splitIntoBands } from './bands'
import { readBand } from './readBand'
import type { BandReading } from './readBand'
import type { Band } from './bands'
import { enlargeRows, levelForOcr, prepareForOcr } from './preprocess'
import type { LevelledPage } from './preprocess'

export interface OcrPageResult {
  /** Boxes in the units of `toPage`, over the image as given (not as turned for reading). */
  words: Word[]
  /** Coarse clockwise turn (0/90/180/270) that made the page readable. */
  rotation: number
  /** Fine deskew applied on top, in clockwise degrees. */
  skew: number
}

/**
 * Given the words of a page's first band, read in the configured languages, the engine for the
 * page's languages (the same engine when they agree), or null when the words do not tell.
 */
export type SettleLanguage = (words: readonly Word[]) => OcrEngine | null

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
  settle?: SettleLanguage,
): Promise<OcrPageResult> {
  // The engine the page ends up read with, once its first band has settled the language.
  let reader = ocr
  const decide: SettleLanguage | undefined =
    settle &&
    ((words) => {
      const chosen = settle(words)
      if (chosen) reader = chosen
      return chosen
    })
  const upright = await readTurned(grey, 0, toPage, ocr, decide)
  if (!isDoubtful(upright.words)) return upright
  ocr = reader
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
  settle?: SettleLanguage,
): Promise<OcrPageResult> {
  const page = await levelForOcr(grey, { turn })
  const toPageFromLevelled = compose(page.toSource, toPage)
  // One page, several workers: bands cut between lines of text are read at once, so a
  // single-page document (most invoices) uses every core instead of one.
  const bands = splitIntoBands(page.grey, ocr.concurrency, page.enlarge)
  const handOutTo = (engine: OcrEngine, list: readonly Band[], more?: () => boolean) =>
    handOut(list, (band) => readLevelledBand(page, band, toPageFromLevelled, engine), more)
  // Words come back in page order, top band first, whatever order the bands were read in.
  const result = async (list: readonly Band[], readings: readonly Promise<Word[]>[]) => {
    const words = await Promise.all(readings)
    const order = list.map((band, i) => ({ top: band.top, words: words[i]! })).sort((a, b) => a.top - b.top)
    return { words: order.flatMap((o) => o.words), rotation: turn, skew: Math.round((page.turned - turn) * 10) / 10 }
  }
  const completed = (readings: readonly Promise<BandReading>[]) => readings.map((r) => r.then((band) => band.complete()))
  if (!settle) return result(bands, completed(await handOutTo(ocr, bands)))
  // The language is not known yet: the cheapest band (or the whole page, when it is one band) is
  // read first, in the configured languages, and its words choose the engine for the rest. Other
  // bands go out beside it only while the engine is idle (a worker free, no other document in
  // flight): a single document loses no time, a batch reads nothing twice. The band's unread ink
  // is read again once the language is settled.
  const probe = bands.reduce((a, b) => (b.cost < a.cost ? b : a))
  const rest = bands.filter((band) => band !== probe)
  const [probeReading] = await handOutTo(ocr, [probe])
  const speculative = await handOutTo(ocr, rest, () => ocr.idle?.() ?? false)
  const probed = await probeReading!
  const chosen = settle(probed.words)
  if (!chosen || chosen === ocr) {
    const others = await handOutTo(ocr, rest.slice(speculative.length))
    return result([probe, ...rest], completed([Promise.resolve(probed), ...speculative, ...others]))
  }
  return result(bands, completed(await handOutTo(chosen, bands)))
}

/**
 * Hands out the bands in order, each enlarged just before it goes, so reading starts while the
 * rest are still being enlarged; resolves, once all are handed out, to their readings under way.
 * `more`, when given, is asked before each band and stops the handing out when false.
 */
async function handOut(
  bands: readonly Band[],
  read: (band: Band) => Promise<{ reading: Promise<BandReading> }>,
  more?: () => boolean,
): Promise<Promise<BandReading>[]> {
  const reads: Promise<BandReading>[] = []
  try {
    for (const band of bands) {
      if (more && !more()) break
      reads.push((await read(band)).reading)
    }
  } catch (error) {
    // Bands already handed out finish (or fail) before the error goes up, so none is left unheard.
    await Promise.allSettled(reads)
    throw error
  }
  return reads
}

/**
 * Enlarges a band, then hands it to `ocr`: resolves once handed out, to the reading still under
 * way (wrapped, since a promise resolved with a promise would wait for it).
 */
async function readLevelledBand(
  page: LevelledPage,
  band: Band,
  toPageFromLevelled: PointMap,
  ocr: OcrEngine,
): Promise<{ reading: Promise<BandReading> }> {
  const { grey: pixels, toLevelled } = await enlargeRows(page, band)
  const reading = readBand(pixels, compose(toLevelled, toPageFromLevelled), ocr)
  // Awaited later with the others; marked as handled now, since it may fail before then.
  reading.catch(() => {})
  return { reading }
}

function isDoubtful(words: readonly Word[]): boolean {
  const credible = words.filter((w) => /[\p{L}\p{N}]{3,}/u.test(w.text))
  if (credible.length < 5) return true
  const mean = credible.reduce((sum, w) => sum + w.confidence, 0) / credible.length
  return mean < DOUBTFUL_CONFIDENCE
}

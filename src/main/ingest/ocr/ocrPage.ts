import type { Word } from '../../../shared/words'
import type { GreyImage } from './greyImage'
import type { OcrEngine } from './ocrPool'
import { mapWords, readability } from './ocrWords'
import type { PointMap } from './pointMap'
import { compose } from './pointMap'
import { encodePgm, otsuThreshold } from './greyImage'
import { median, splitIntoBands, textLines } from './bands'
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
  if (!settle || bands.length < 2) {
    const first = await result(bands, await handOutTo(ocr, bands))
    const chosen = settle?.(first.words)
    return chosen && chosen !== ocr ? result(bands, await handOutTo(chosen, bands)) : first
  }
  // The language is not known yet: the cheapest band is read first, in the configured languages,
  // and its words choose the engine for the rest. Other bands go out beside it only while a worker
  // would otherwise idle: a single document loses no time, a busy queue reads nothing twice.
  const probe = bands.reduce((a, b) => (b.cost < a.cost ? b : a))
  const rest = bands.filter((band) => band !== probe)
  const [probeReading] = await handOutTo(ocr, [probe])
  const speculative = await handOutTo(ocr, rest, () => ocr.idle?.() ?? false)
  const chosen = settle(await probeReading!)
  if (!chosen || chosen === ocr) {
    const others = await handOutTo(ocr, rest.slice(speculative.length))
    return result([probe, ...rest], [probeReading!, ...speculative, ...others])
  }
  return result(bands, await handOutTo(chosen, bands))
}

/**
 * Hands out the bands in order, each enlarged just before it goes, so reading starts while the
 * rest are still being enlarged; resolves, once all are handed out, to their readings under way.
 * `more`, when given, is asked before each band and stops the handing out when false.
 */
async function handOut(
  bands: readonly Band[],
  read: (band: Band) => Promise<{ reading: Promise<Word[]> }>,
  more?: () => boolean,
): Promise<Promise<Word[]>[]> {
  const reads: Promise<Word[]>[] = []
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
): Promise<{ reading: Promise<Word[]> }> {
  const { grey: pixels, toLevelled } = await enlargeRows(page, band)
  const reading = readBand(pixels, compose(toLevelled, toPageFromLevelled), ocr)
  // Awaited later with the others; marked as handled now, since it may fail before then.
  reading.catch(() => {})
  return { reading }
}

/**
 * Reads one band. Tesseract's layout analysis can take a block for a picture and drop its words
 * (a ruled box of invoice number and dates, the right-hand columns of a table, a grey totals
 * header): where ink as wide as a word lies under no word, the rows around it are read again as
 * one block of text, with no layout analysis, and the words found on that ink join the band's.
 */
async function readBand(pixels: GreyImage, toPage: PointMap, ocr: OcrEngine): Promise<Word[]> {
  const words = await ocr.recognize({ image: encodePgm(pixels), scale: 1 })
  const { unread, blocks } = unreadInk(pixels, words)
  const onUnreadInk = (w: Word) => {
    const x = (w.bbox[0] + w.bbox[2]) / 2
    const y = (w.bbox[1] + w.bbox[3]) / 2
    const onInk = unread.some((r) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom)
    return onInk && w.confidence >= MIN_REREAD_CONFIDENCE && /[\p{L}\p{N}]/u.test(w.text)
  }
  const found = await Promise.all(
    blocks.map(async ({ top, bottom }) => {
      const rows = { data: pixels.data.subarray(top * pixels.width, bottom * pixels.width), width: pixels.width, height: bottom - top }
      const block = await ocr.recognize({ image: encodePgm(rows), scale: 1, offset: { x: 0, y: top }, singleBlock: true })
      return block.filter(onUnreadInk)
    }),
  )
  return mapWords([...words, ...found.flat()], toPage)
}

/**
 * The least confidence of a word kept from a second reading. Ink tesseract dropped is sometimes a
 * logo or a barcode: read as one block it gives letters at 0–45% (a receipt's logo), where a
 * dropped table reads at 80–96%.
 */
const MIN_REREAD_CONFIDENCE = 0.5

interface Rows {
  top: number
  bottom: number
}
interface Area extends Rows {
  left: number
  right: number
}

/**
 * The stretches of ink in `pixels` that no word lies on, and the rows to read again around them.
 * A run of ink rows is a line of text, or a ruled box or table (its rules join its lines); within
 * it, ink columns closer than a line's height make one stretch. Stretches narrower than a line is
 * high (a vertical rule, a speck) and runs under half a line high (a horizontal rule) are not text.
 */
function unreadInk(pixels: GreyImage, words: readonly Word[]): { unread: Area[]; blocks: Rows[] } {
  const runs = textLines(pixels)
  const lineHeight = median(runs.map((r) => r.bottom - r.top))
  const threshold = otsuThreshold(pixels.data)
  const unread: Area[] = []
  for (const run of runs) {
    if (run.bottom - run.top < lineHeight / 2) continue
    for (const stretch of inkStretches(pixels, run, threshold, lineHeight)) {
      if (stretch.right - stretch.left < lineHeight) continue
      const read = words.some(
        (w) => w.bbox[0] < stretch.right && w.bbox[2] > stretch.left && w.bbox[1] < run.bottom && w.bbox[3] > run.top,
      )
      if (!read) unread.push({ ...run, ...stretch })
    }
  }
  const blocks: Rows[] = []
  for (const area of unread.sort((a, b) => a.top - b.top)) {
    const last = blocks.at(-1)
    const top = Math.max(0, area.top - lineHeight)
    const bottom = Math.min(pixels.height, area.bottom + lineHeight)
    if (last && top <= last.bottom) last.bottom = Math.max(last.bottom, bottom)
    else blocks.push({ top, bottom })
  }
  return { unread, blocks }
}

/** Columns [left, right) holding ink within `rows`, joined across gaps narrower than `join`. */
function inkStretches(pixels: GreyImage, rows: Rows, threshold: number, join: number): { left: number; right: number }[] {
  const { data, width } = pixels
  const inked = new Uint8Array(width)
  for (let y = rows.top; y < rows.bottom; y++) {
    for (let x = 0, i = y * width; x < width; x++, i++) if (data[i]! <= threshold) inked[x] = 1
  }
  const stretches: { left: number; right: number }[] = []
  let left = -1
  let lastInk = -1
  for (let x = 0; x < width; x++) {
    if (!inked[x]) continue
    if (left < 0) left = x
    else if (x - lastInk > join) {
      stretches.push({ left, right: lastInk + 1 })
      left = x
    }
    lastInk = x
  }
  if (left >= 0) stretches.push({ left, right: lastInk + 1 })
  return stretches
}

function isDoubtful(words: readonly Word[]): boolean {
  const credible = words.filter((w) => /[\p{L}\p{N}]{3,}/u.test(w.text))
  if (credible.length < 5) return true
  const mean = credible.reduce((sum, w) => sum + w.confidence, 0) / credible.length
  return mean < DOUBTFUL_CONFIDENCE
}

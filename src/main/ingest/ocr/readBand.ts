import type { Word } from '../../../shared/words'
import { median, textLines } from './bands'
import type { GreyImage } from './greyImage'
import { encodePgm, otsuThreshold } from './greyImage'
import type { OcrEngine } from './ocrPool'
import { mapWords } from './ocrWords'
import type { PointMap } from './pointMap'

/** A band's first reading, and the way to complete it. */
export interface BandReading {
  /** The words tesseract's layout analysis found, in page units. */
  words: Word[]
  /** These words and those a second reading finds on ink they leave unread. */
  complete(): Promise<Word[]>
}

/**
 * Reads one band. Tesseract's layout analysis can take a block for a picture and drop its words
 * (a ruled box of invoice number and dates, the right-hand columns of a table, a grey totals
 * header): where ink as wide as a word lies under no word, `complete` reads the rows around it
 * again as one block of text, with no layout analysis, and the words found on that ink join the
 * band's. It is a separate step so that a band read only to tell the page's language (see
 * ocrPage.ts) is not read a second time in a language it is about to be read again in.
 */
export async function readBand(pixels: GreyImage, toPage: PointMap, ocr: OcrEngine): Promise<BandReading> {
  const words = await ocr.recognize({ image: encodePgm(pixels), scale: 1 })
  const inPage = mapWords(words, toPage)
  return { words: inPage, complete: async () => [...inPage, ...mapWords(await wordsOnUnreadInk(pixels, words, ocr), toPage)] }
}

/** Words (in pixels) a second reading finds on the ink that `words` leave unread. */
async function wordsOnUnreadInk(pixels: GreyImage, words: Word[], ocr: OcrEngine): Promise<Word[]> {
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
  return found.flat()
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
  const threshold = otsuThreshold(pixels.data)
  const runs = textLines(pixels, threshold)
  const lineHeight = median(runs.map((r) => r.bottom - r.top))
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

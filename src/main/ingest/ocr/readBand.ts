import type { Word } from '../../../shared/words'
import type { GreyImage } from './greyImage'
import { cropGrey, encodePgm } from './greyImage'
import type { OcrEngine } from './ocrPool'
import { mapWords } from './ocrWords'
import type { PointMap } from './pointMap'
import { unreadInk } from './unreadInk'
import { eraseRules } from './eraseRules'

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
 * header, one row of a box): where ink as wide as a word lies under no word (see unreadInk.ts),
 * `complete` reads the part around it again as one block of text, with no layout analysis and
 * with its rules erased (a box's rules alone make tesseract drop it again), and the words found
 * on that ink join the band's. It is a separate step so that a band read only to tell the page's
 * language (see ocrPage.ts) is not read a second time in a language it is about to leave.
 */
export async function readBand(pixels: GreyImage, toPage: PointMap, ocr: OcrEngine): Promise<BandReading> {
  const words = await ocr.recognize({ image: encodePgm(pixels), scale: 1 })
  const inPage = mapWords(words, toPage)
  return { words: inPage, complete: async () => [...inPage, ...mapWords(await wordsOnUnreadInk(pixels, words, ocr), toPage)] }
}

/** Words (in pixels) a second reading finds on the ink that `words` leave unread. */
async function wordsOnUnreadInk(pixels: GreyImage, words: Word[], ocr: OcrEngine): Promise<Word[]> {
  const { unread, blocks, threshold, lineHeight } = unreadInk(pixels, words)
  const onUnreadInk = (w: Word) => {
    const x = (w.bbox[0] + w.bbox[2]) / 2
    const y = (w.bbox[1] + w.bbox[3]) / 2
    const onInk = unread.some((r) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom)
    return onInk && w.confidence >= MIN_REREAD_CONFIDENCE && /[\p{L}\p{N}]/u.test(w.text)
  }
  const found = await Promise.all(
    blocks.map(async (area) => {
      const part = eraseRules(cropGrey(pixels, area), threshold, lineHeight * RULE_LINES)
      const offset = { x: area.left, y: area.top }
      const block = await ocr.recognize({ image: encodePgm(part), scale: 1, offset, singleBlock: true })
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

/** Ink runs this many line heights long are rules (see eraseRules). */
const RULE_LINES = 2

import type { Word } from '../../../shared/words'
import type { PointMap } from './pointMap'
import { mapBox } from './pointMap'

/** The part of tesseract.js's `blocks` output Recto reads. */
export interface TesseractBlock {
  paragraphs: {
    lines: {
      words: {
        text: string
        confidence: number
        bbox: { x0: number; y0: number; x1: number; y1: number }
      }[]
    }[]
  }[]
}

/**
 * Tesseract words in page units: `toPage` maps a pixel of the OCRed image back to the page (undoing
 * any scaling, levelling, turning and cropping done for OCR), so boxes line up with the original.
 */
export function tesseractWords(
  blocks: readonly TesseractBlock[] | null | undefined,
  toPage: PointMap,
): Word[] {
  const words: Word[] = []
  for (const block of blocks ?? []) {
    for (const paragraph of block.paragraphs) {
      for (const line of paragraph.lines) {
        for (const w of line.words) {
          const text = w.text.trim()
          if (!text) continue
          const box = mapBox(toPage, [w.bbox.x0, w.bbox.y0, w.bbox.x1, w.bbox.y1])
          words.push({
            text,
            bbox: [round(box[0]), round(box[1]), round(box[2]), round(box[3])],
            confidence: Math.max(0, Math.min(1, w.confidence / 100)),
            source: 'ocr',
          })
        }
      }
    }
  }
  return words
}

/** The same words with their boxes carried through `map` (from the pixels read to the page). */
export function mapWords(words: readonly Word[], map: PointMap): Word[] {
  return words.map((w) => {
    const box = mapBox(map, w.bbox)
    return { ...w, bbox: [round(box[0]), round(box[1]), round(box[2]), round(box[3])] }
  })
}

/**
 * How much readable text a pass found: the confidence summed over words of three or more letters
 * or digits. Upside-down or sideways text gives few such words, all with low confidence.
 */
export function readability(words: readonly Word[]): number {
  let score = 0
  for (const w of words) {
    if (/[\p{L}\p{N}]{3,}/u.test(w.text)) score += w.confidence ** 2
  }
  return score
}

function round(n: number): number {
  return Math.round(n * 100) / 100
}

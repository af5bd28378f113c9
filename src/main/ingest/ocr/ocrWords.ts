import type { Word } from '../../../shared/words'

/** The part of tesseract.js's `blocks` output Recto reads. */
export interface TesseractBlock {
  paragraphs: {
    lines: {
      words: { text: string; confidence: number; bbox: { x0: number; y0: number; x1: number; y1: number } }[]
    }[]
  }[]
}

/**
 * Tesseract words in page units: the image was `scale` pixels per point, and `offset` is where the
 * OCRed region starts on the page (non-zero for region OCR).
 */
export function tesseractWords(
  blocks: readonly TesseractBlock[] | null | undefined,
  scale: number,
  offset: { x: number; y: number } = { x: 0, y: 0 },
): Word[] {
  const words: Word[] = []
  for (const block of blocks ?? []) {
    for (const paragraph of block.paragraphs) {
      for (const line of paragraph.lines) {
        for (const w of line.words) {
          const text = w.text.trim()
          if (!text) continue
          words.push({
            text,
            bbox: [
              round(offset.x + w.bbox.x0 / scale),
              round(offset.y + w.bbox.y0 / scale),
              round(offset.x + w.bbox.x1 / scale),
              round(offset.y + w.bbox.y1 / scale),
            ],
            confidence: Math.max(0, Math.min(1, w.confidence / 100)),
            source: 'ocr',
          })
        }
      }
    }
  }
  return words
}

function round(n: number): number {
  return Math.round(n * 100) / 100
}

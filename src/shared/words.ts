import type { BBox } from './fields'

export type WordSource = 'text-layer' | 'ocr'

/** One word on a page, as read from the text layer or by OCR. */
export interface Word {
  text: string
  bbox: BBox
  /** 0–1; text-layer words are 1 unless the layer looked suspicious. */
  confidence: number
  source: WordSource
}

/** Everything the extractor needs to know about one page. */
export interface PageWords {
  /** 1-based. */
  page: number
  /** Page size in PDF points (images: pixels at 72 dpi). */
  width: number
  height: number
  /** Clockwise degrees the page was turned to read it upright. */
  rotation: number
  source: WordSource
  words: Word[]
  /** OCR pages: the tesseract languages they were read with ('eng', 'fra+eng'); absent if unknown. */
  ocrLanguages?: string
}

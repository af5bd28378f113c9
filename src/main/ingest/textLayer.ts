import type { BBox } from '../../shared/fields'
import type { Word } from '../../shared/words'

/** The subset of a pdf.js text item this module needs, already in page (top-left) coordinates. */
export interface PlacedRun {
  text: string
  /** Left edge and baseline, in points from the top-left. */
  x: number
  baseline: number
  width: number
  fontSize: number
}

/**
 * Splits pdf.js text runs into words. pdf.js hands out runs (often whole phrases); extraction and
 * click-to-fill need one box per word, so each word gets the share of the run's width that its
 * characters take.
 */
export function runsToWords(runs: readonly PlacedRun[]): Word[] {
  const words: Word[] = []
  for (const run of runs) {
    const length = run.text.length
    if (length === 0 || run.width <= 0) continue
    const charWidth = run.width / length
    const top = run.baseline - run.fontSize * 0.8
    const bottom = run.baseline + run.fontSize * 0.2
    for (const match of run.text.matchAll(/\S+/g)) {
      const start = match.index
      const bbox: BBox = [
        round(run.x + start * charWidth),
        round(top),
        round(run.x + (start + match[0].length) * charWidth),
        round(bottom),
      ]
      words.push({ text: match[0], bbox, confidence: 1, source: 'text-layer' })
    }
  }
  return words
}

export interface TextLayerVerdict {
  usable: boolean
  reason: string
}

const MIN_WORDS = 5

/** Where the page's images are, as far as the text layer is concerned (see readPageDrawing). */
export interface DrawingFacts {
  coveringImages: readonly (readonly number[])[]
  imagesOverText: readonly (readonly number[])[]
}

/**
 * Decides from the text itself, and from the page's drawing order, whether a page's text layer can
 * be trusted. Real PDFs carry layers that are present but useless: fonts without a Unicode map
 * (private-use or control characters), glyph garbage that maps to the wrong letters, text painted
 * over by a scan, or just a printed header over a scanned body.
 */
export function assessTextLayer(
  words: readonly Word[],
  drawing: DrawingFacts,
  page: { width: number; height: number },
): TextLayerVerdict {
  if (words.length < MIN_WORDS) return { usable: false, reason: 'no text layer' }
  const text = words.map((w) => w.text).join('')
  const broken = countMatches(text, /[\u0000-\u001f\u007f-\u009f\ufffd\ue000-\uf8ff]/g)
  if (broken / text.length > 0.05) return { usable: false, reason: 'text without a Unicode map' }
  const alphabetic = words.filter((w) => /^\p{L}{3,}$/u.test(w.text))
  if (alphabetic.length >= 8) {
    const wordLike = alphabetic.filter((w) => looksLikeWord(w.text)).length
    if (wordLike / alphabetic.length < 0.6) return { usable: false, reason: 'garbled text layer' }
  }
  // OCR software puts its invisible text over the scan; text painted over by one was never seen.
  if (drawing.imagesOverText.some((rect) => shareInside(words, rect) > 0.7)) {
    return { usable: false, reason: 'text hidden behind an image' }
  }
  if (drawing.coveringImages.length > 0) {
    const [top, bottom] = verticalExtent(words)
    if (words.length < 40 || bottom - top < page.height * 0.3) {
      return { usable: false, reason: 'text layer covers only part of a scanned page' }
    }
  }
  return { usable: true, reason: 'text layer' }
}

function shareInside(words: readonly Word[], rect: readonly number[]): number {
  const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = rect
  const inside = words.filter((w) => {
    const cx = (w.bbox[0] + w.bbox[2]) / 2
    const cy = (w.bbox[1] + w.bbox[3]) / 2
    return cx >= x0 && cx <= x1 && cy >= y0 && cy <= y1
  })
  return inside.length / words.length
}

function verticalExtent(words: readonly Word[]): [number, number] {
  let top = Infinity
  let bottom = -Infinity
  for (const w of words) {
    top = Math.min(top, w.bbox[1])
    bottom = Math.max(bottom, w.bbox[3])
  }
  return [top, bottom]
}

/** Real words in the languages Recto reads have vowels and no long consonant runs. */
function looksLikeWord(token: string): boolean {
  const lower = token.toLowerCase()
  if (!/[aeiouyäöüàâéèêëîïôûùœæåø]/.test(lower)) return token === token.toUpperCase()
  return !/[bcdfghjklmnpqrstvwxz]{6,}/.test(lower)
}

function countMatches(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0
}

function round(n: number): number {
  return Math.round(n * 100) / 100
}

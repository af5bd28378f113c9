import type { BBox } from '../../shared/fields'
import type { PageWords, Word, WordSource } from '../../shared/words'

/** A word with the page it sits on, so candidates can be traced back for page + bbox. */
export interface PlacedWord extends Word {
  page: number
  pageSource: WordSource
  /** Index of the line within its page, in reading order. */
  line: number
}

export interface Line {
  page: number
  index: number
  words: PlacedWord[]
  bbox: BBox
  text: string
  /** Offset of each word in `text`, so a regex match maps back to its words. */
  starts: number[]
}

/** Median word height of a page: the yardstick for "near", "below" and "large font". */
export function medianHeight(words: readonly Word[]): number {
  const heights = words.map((w) => w.bbox[3] - w.bbox[1]).sort((a, b) => a - b)
  return heights[Math.floor(heights.length / 2)] ?? 10
}

/**
 * Groups a page's words into lines by vertical overlap. Words join a line when their vertical
 * centre lies inside the line's band; this tolerates OCR baselines that drift on tilted receipts
 * better than comparing top edges.
 */
export function groupLines(page: PageWords): Line[] {
  const sorted = [...page.words]
    .filter((w) => w.text.trim() !== '')
    .sort((a, b) => centerY(a.bbox) - centerY(b.bbox) || a.bbox[0] - b.bbox[0])
  const bands: Word[][] = []
  for (const word of sorted) {
    const band = bands.find((b) => {
      // compare with the band's nearest word, so a tilted line does not swallow the next one
      const near = b.reduce((best, w) =>
        Math.abs(w.bbox[0] - word.bbox[0]) < Math.abs(best.bbox[0] - word.bbox[0]) ? w : best,
      )
      const overlap = Math.min(near.bbox[3], word.bbox[3]) - Math.max(near.bbox[1], word.bbox[1])
      const h = Math.min(near.bbox[3] - near.bbox[1], word.bbox[3] - word.bbox[1])
      return overlap > h * 0.5 && !overlapsX(b, word)
    })
    if (band) band.push(word)
    else bands.push([word])
  }
  bands.sort((a, b) => unionBox(a.map((w) => w.bbox))[1] - unionBox(b.map((w) => w.bbox))[1])
  return bands.map((band, index) => {
    const words = band
      .sort((a, b) => a.bbox[0] - b.bbox[0])
      .map((w) => ({ ...w, page: page.page, pageSource: page.source, line: index }))
    const starts: number[] = []
    let offset = 0
    for (const w of words) {
      starts.push(offset)
      offset += w.text.length + 1
    }
    return {
      page: page.page,
      index,
      words,
      bbox: unionBox(words.map((w) => w.bbox)),
      text: words.map((w) => w.text).join(' '),
      starts,
    }
  })
}

/** Splits a line into segments at wide horizontal gaps (columns, label/value blocks). */
export function segments(line: Line, gapFactor = 1.5): PlacedWord[][] {
  const out: PlacedWord[][] = []
  let current: PlacedWord[] = []
  for (const word of line.words) {
    const prev = current[current.length - 1]
    const height = word.bbox[3] - word.bbox[1]
    if (prev && word.bbox[0] - prev.bbox[2] > height * gapFactor) {
      out.push(current)
      current = []
    }
    current.push(word)
  }
  if (current.length > 0) out.push(current)
  return out
}

export function unionBox(boxes: readonly BBox[]): BBox {
  if (boxes.length === 0) return [0, 0, 0, 0]
  return [
    Math.min(...boxes.map((b) => b[0])),
    Math.min(...boxes.map((b) => b[1])),
    Math.max(...boxes.map((b) => b[2])),
    Math.max(...boxes.map((b) => b[3])),
  ]
}

export function centerY(box: BBox): number {
  return (box[1] + box[3]) / 2
}

/** Horizontal overlap of two boxes as a share of the narrower one. */
export function xOverlap(a: BBox, b: BBox): number {
  const overlap = Math.min(a[2], b[2]) - Math.max(a[0], b[0])
  const narrow = Math.min(a[2] - a[0], b[2] - b[0])
  return narrow <= 0 ? 0 : Math.max(0, overlap) / narrow
}

function overlapsX(band: readonly Word[], word: Word): boolean {
  return band.some((w) => xOverlap(w.bbox, word.bbox) > 0.5)
}

export function joinText(words: readonly Word[]): string {
  return words.map((w) => w.text).join(' ')
}

/** The words of a line that a character span of its text touches. */
export function wordsInSpan(line: Line, start: number, end: number): PlacedWord[] {
  return line.words.filter((w, i) => {
    const s = line.starts[i] ?? 0
    return s < end && s + w.text.length > start
  })
}

/** Character offset in the line text where a word at index i starts. */
export function wordStart(line: Line, word: PlacedWord): number {
  return line.starts[line.words.indexOf(word)] ?? 0
}

import type { BBox } from '../../../../../shared/fields'
import type { Word } from '../../../../../shared/words'
import type { Point } from './geometry'

/** Words whose centre lies inside the box, in reading order. */
export function wordsInBox(words: readonly Word[], box: BBox): Word[] {
  const [x0, y0, x1, y1] = box
  const inside = words.filter((w) => {
    const cx = (w.bbox[0] + w.bbox[2]) / 2
    const cy = (w.bbox[1] + w.bbox[3]) / 2
    return cx >= x0 && cx <= x1 && cy >= y0 && cy <= y1
  })
  return readingOrder(inside)
}

/** The word under a point, if any (smallest first, so a word inside a larger one wins). */
export function wordAt(words: readonly Word[], point: Point): Word | null {
  let best: Word | null = null
  let bestArea = Infinity
  for (const w of words) {
    const [x0, y0, x1, y1] = w.bbox
    if (point.x < x0 || point.x > x1 || point.y < y0 || point.y > y1) continue
    const area = (x1 - x0) * (y1 - y0)
    if (area < bestArea) {
      best = w
      bestArea = area
    }
  }
  return best
}

/**
 * Top to bottom, then left to right; words whose vertical centres are within half a line of
 * each other count as one line, since OCR baselines wobble.
 */
export function readingOrder(words: readonly Word[]): Word[] {
  const sorted = [...words].sort((a, b) => centreY(a) - centreY(b))
  const lines: Word[][] = []
  for (const word of sorted) {
    const line = lines.at(-1)
    const first = line?.[0]
    const sameLine = first && Math.abs(centreY(word) - centreY(first)) <= height(first) / 2
    if (line && sameLine) line.push(word)
    else lines.push([word])
  }
  return lines.flatMap((line) => line.sort((a, b) => a.bbox[0] - b.bbox[0]))
}

export interface Selection {
  text: string
  bbox: BBox
}

/** Several words as one value: their text joined by spaces, their boxes united. */
export function joinWords(words: readonly Word[]): Selection | null {
  const first = words[0]
  if (!first) return null
  const bbox = words.reduce<BBox>((acc, w) => unionBox(acc, w.bbox), first.bbox)
  return { text: words.map((w) => w.text).join(' '), bbox }
}

export function unionBox(a: BBox, b: BBox): BBox {
  return [Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[2], b[2]), Math.max(a[3], b[3])]
}

function centreY(w: Word): number {
  return (w.bbox[1] + w.bbox[3]) / 2
}

function height(w: Word): number {
  return Math.max(1, w.bbox[3] - w.bbox[1])
}

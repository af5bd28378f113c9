import type { BBox } from '../../shared/fields'
import type { PageWords } from '../../shared/words'
import { groupLines, medianHeight, unionBox, type Line, type PlacedWord } from '../extraction/layout'
import { simplify } from '../extraction/text'

/** A page split into lines, with the yardstick (median word height) distances are judged by. */
export interface PageLines {
  page: PageWords
  lines: Line[]
  unit: number
}

export function pageLines(page: PageWords): PageLines {
  return { page, lines: groupLines(page), unit: medianHeight(page.words) }
}

/** A word can be part of a label when it has letters and no digits (digits change per invoice). */
export function isLabelWord(word: PlacedWord): boolean {
  return !/\d/.test(word.text) && /\p{L}/u.test(word.text)
}

export function labelKey(words: readonly PlacedWord[]): string {
  return words.map((w) => simplify(w.text)).filter((t) => t !== '').join(' ')
}

export function boxOf(words: readonly PlacedWord[]): BBox {
  return unionBox(words.map((w) => w.bbox))
}

export function centre(box: BBox): [number, number] {
  return [(box[0] + box[2]) / 2, (box[1] + box[3]) / 2]
}

export function distance(a: BBox, b: BBox): number {
  const [ax, ay] = centre(a)
  const [bx, by] = centre(b)
  return Math.hypot(ax - bx, ay - by)
}

/**
 * The label of a value: the label words just left of it on its line, else those over it on the
 * nearest line above (a column header). Words far apart are not one label.
 */
export function labelOf(
  lines: PageLines,
  line: Line,
  value: readonly PlacedWord[],
): { words: PlacedWord[]; relation: 'left' | 'above' } | null {
  const unit = lines.unit
  const first = line.words.indexOf(value[0] as PlacedWord)
  const left: PlacedWord[] = []
  // a rate or unit may stand between label and value ("VAT 20% £236.00"): step over two at most
  let skipped = 0
  for (let i = first - 1; i >= 0 && left.length < 4; i--) {
    const word = line.words[i] as PlacedWord
    if (!isLabelWord(word)) {
      if (left.length > 0 || ++skipped > 2 || word.text.length > 4) break
      continue
    }
    const next = left[0]
    if (next ? next.bbox[0] - word.bbox[2] > unit * 1.5 : (value[0] as PlacedWord).bbox[0] - word.bbox[2] > unit * 30) break
    left.unshift(word)
  }
  const near = left.length > 0 && (value[0] as PlacedWord).bbox[0] - (left.at(-1) as PlacedWord).bbox[2] <= unit * 8
  if (near) return { words: left, relation: 'left' }
  // a far label to the left is kept only when no column header stands over the value
  const above = labelAbove(lines, value)
  if (above) return above
  return left.length > 0 ? { words: left, relation: 'left' } : null
}

function labelAbove(lines: PageLines, value: readonly PlacedWord[]): { words: PlacedWord[]; relation: 'above' } | null {
  const unit = lines.unit
  const box = boxOf(value)
  const above = lines.lines
    .filter((l) => l.bbox[3] <= box[1] + unit * 0.3 && box[1] - l.bbox[3] < unit * 3)
    .sort((a, b) => b.bbox[3] - a.bbox[3])[0]
  if (!above) return null
  // the label run starts at the leftmost label word over the value and stays contiguous
  const over = above.words.find(
    (w) => isLabelWord(w) && w.bbox[0] < box[2] + unit && w.bbox[2] > box[0] - unit,
  )
  if (!over) return null
  const at = above.words.indexOf(over)
  let from = at
  let to = at
  const joins = (a: PlacedWord, b: PlacedWord) => isLabelWord(a) && b.bbox[0] - a.bbox[2] <= unit * 1.5
  while (from > 0 && joins(above.words[from - 1] as PlacedWord, above.words[from] as PlacedWord)) from--
  while (to < above.words.length - 1 && to - from < 3 && isLabelWord(above.words[to + 1] as PlacedWord) &&
    joins(above.words[to] as PlacedWord, above.words[to + 1] as PlacedWord)) to++
  return { words: above.words.slice(Math.max(from, to - 3), to + 1), relation: 'above' }
}

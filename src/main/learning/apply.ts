import type { BBox } from '../../shared/fields'
import { HEADER_FIELD_KIND } from '../../shared/fields'
import type { PageWords } from '../../shared/words'
import type { Line, PlacedWord } from '../extraction/layout'
import type { LearnedValue, MemoryEntry } from './types'
import { valueRuns } from './locate'
import { readValue } from './values'
import { boxOf, centre, distance, labelKey, pageLines, type PageLines } from './words'

/** The memory's own track record: Beta(2, 1) prior, so an untried memory starts at 2/3. */
export function memoryConfidence(entry: Pick<MemoryEntry, 'hits' | 'misses'>): number {
  return (entry.hits + 2) / (entry.hits + entry.misses + 3)
}

/**
 * Reads each remembered field off new pages: find the remembered label near where it was, put the
 * value box where it stood relative to that label (or, without a label, where it stood on the
 * page), and read the words there. Pure: memory entries and words in, values with boxes out.
 */
export function applyMemory(entries: readonly MemoryEntry[], pages: readonly PageWords[]): LearnedValue[] {
  const out: LearnedValue[] = []
  const byPage = new Map<number, PageLines>()
  for (const entry of entries) {
    const page = pages.find((p) => p.page === entry.page)
    if (!page) continue
    let lines = byPage.get(page.page)
    if (!lines) byPage.set(page.page, (lines = pageLines(page)))
    const learned = readEntry(entry, lines)
    if (learned) out.push(learned)
  }
  return out
}

function readEntry(entry: MemoryEntry, lines: PageLines): LearnedValue | null {
  const sx = lines.page.width / entry.pageWidth
  const sy = lines.page.height / entry.pageHeight
  const remembered: BBox = [entry.box[0] * sx, entry.box[1] * sy, entry.box[2] * sx, entry.box[3] * sy]
  const history = memoryConfidence(entry)
  const result = (words: PlacedWord[], value: string, anchored: boolean): LearnedValue => ({
    memoryId: entry.id,
    field: entry.field,
    value,
    raw: words.map((w) => w.text).join(' '),
    page: lines.page.page,
    bbox: boxOf(words),
    anchored,
    history,
    confidence: round(anchored ? history : history * 0.85),
  })
  // 1. the label, nearest first: the value stands where it stood relative to it
  const labelBox = entry.labelBox
  if (labelBox) {
    for (const anchor of labelOccurrences(lines, entry.label, labelBox)) {
      const predicted = shift(entry.box, anchor.box[0] - labelBox[0], anchor.box[1] - labelBox[1])
      const read = readAt(entry, lines, predicted, new Set(anchor.words))
      if (read) return result(read.words, read.value, true)
    }
  }
  // 2. a value that does not change (a name, an IBAN, the terms) found again near its place
  const limit = reach(lines)
  const same = valueRuns(lines, entry.field, entry.lastValue)
    .map((r) => ({ words: r.words, d: distance(boxOf(r.words), remembered) }))
    .filter((r) => r.d <= limit)
    .sort((a, b) => a.d - b.d)[0]
  if (same) return result(same.words, entry.lastValue, true)
  // 3. no label found: the remembered place on the page
  const read = readAt(entry, lines, remembered, new Set())
  return read ? result(read.words, read.value, entry.relation === 'none') : null
}

/** Reads the field from the words at a predicted box: its line, the words over it, grown along. */
function readAt(
  entry: MemoryEntry,
  lines: PageLines,
  predicted: BBox,
  skip: Set<PlacedWord>,
): { words: PlacedWord[]; value: string } | null {
  const line = nearestLine(lines, predicted)
  if (!line) return null
  const unit = lines.unit
  const seeds = line.words.filter(
    (w) => !skip.has(w) && w.bbox[0] < predicted[2] + unit * 0.5 && w.bbox[2] > predicted[0] - unit * 0.5,
  )
  if (seeds.length === 0) return null
  const grown = grow(line, seeds, skip, unit)
  const kind = HEADER_FIELD_KIND[entry.field]
  // free text may be longer this time; a number or date is read from the words in the box first
  const tries = kind === 'name' || kind === 'text' ? [grown] : [seeds, grown]
  for (const words of tries) {
    const value = readValue(entry.field, words.map((w) => w.text).join(' '))
    // a reference that had digits has them next time too; label words alone are no value
    if (value !== null && /\d/.test(value) === /\d/.test(entry.lastValue)) return { words, value }
  }
  return null
}

/** Occurrences of the label words within reach of where the label was, nearest first. */
function labelOccurrences(lines: PageLines, label: string, was: BBox): { words: PlacedWord[]; box: BBox }[] {
  // "D'ÉCHÉANCE" is one word but two label tokens: a label has at most as many words as tokens
  const tokens = label.split(' ').length
  const out: { words: PlacedWord[]; box: BBox; d: number }[] = []
  for (const line of lines.lines) {
    for (let i = 0; i < line.words.length; i++) {
      for (let n = 1; n <= tokens && i + n <= line.words.length; n++) {
        const words = line.words.slice(i, i + n)
        if (words.some((w) => labelKey([w]) === '') || labelKey(words) !== label) continue
        const box = boxOf(words)
        out.push({ words, box, d: distance(box, was) })
      }
    }
  }
  const limit = reach(lines)
  return out.filter((o) => o.d <= limit).sort((a, b) => a.d - b.d)
}

/** How far a template may have moved between print runs and still be the same template. */
function reach(lines: PageLines): number {
  return Math.hypot(lines.page.width, lines.page.height) * 0.15
}

function nearestLine(lines: PageLines, box: BBox): Line | null {
  const [, cy] = centre(box)
  let best: { line: Line; d: number } | null = null
  for (const line of lines.lines) {
    const d = Math.abs(centre(line.bbox)[1] - cy)
    if (d < lines.unit * 0.8 && (!best || d < best.d)) best = { line, d }
  }
  return best?.line ?? null
}

/** Extends a run of words along its line over word-sized gaps (a longer name, a wider amount). */
function grow(line: Line, seeds: PlacedWord[], skip: Set<PlacedWord>, unit: number): PlacedWord[] {
  const first = line.words.indexOf(seeds[0] as PlacedWord)
  const last = line.words.indexOf(seeds.at(-1) as PlacedWord)
  let from = first
  let to = last
  while (from > 0) {
    const w = line.words[from - 1] as PlacedWord
    if (skip.has(w) || (line.words[from] as PlacedWord).bbox[0] - w.bbox[2] > unit * 1.2) break
    from--
  }
  while (to < line.words.length - 1) {
    const w = line.words[to + 1] as PlacedWord
    if (skip.has(w) || w.bbox[0] - (line.words[to] as PlacedWord).bbox[2] > unit * 1.2) break
    to++
  }
  return line.words.slice(from, to + 1)
}

function shift(box: BBox, dx: number, dy: number): BBox {
  return [box[0] + dx, box[1] + dy, box[2] + dx, box[3] + dy]
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000
}

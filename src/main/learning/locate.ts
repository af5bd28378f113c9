import type { BBox, HeaderFieldKey } from '../../shared/fields'
import type { PageWords } from '../../shared/words'
import type { Line, PlacedWord } from '../extraction/layout'
import { findLabels } from '../extraction/labels'
import { fold } from '../extraction/text'
import type { MemoryLayout } from './types'
import { readValue, sameValue } from './values'
import { boxOf, labelKey, labelOf, pageLines, type PageLines } from './words'

const MAX_SPAN = 12

interface Found {
  line: Line
  words: PlacedWord[]
  lines: PageLines
}

/**
 * Finds where a confirmed value stands on the pages and what labels it, so memory can look
 * there next time. The stored box is trusted only when the words in it read as the value: a
 * clerk who typed a correction left the extractor's (wrong) box behind.
 */
export function locateValue(
  pages: readonly PageWords[],
  field: HeaderFieldKey,
  value: string,
  hint: { page: number; bbox: BBox | null } | null,
): MemoryLayout | null {
  const found: Found[] = []
  for (const page of pages) {
    const lines = pageLines(page)
    for (const run of valueRuns(lines, field, value)) found.push({ ...run, lines })
  }
  if (found.length === 0) return null
  const scored = found.map((f) => ({ f, score: score(f, field, hint) }))
  scored.sort((a, b) => b.score - a.score)
  const best = (scored[0] as { f: Found }).f
  const label = labelOf(best.lines, best.line, best.words)
  const page = best.lines.page
  return {
    page: page.page,
    pageWidth: page.width,
    pageHeight: page.height,
    box: boxOf(best.words),
    label: label ? labelKey(label.words) : '',
    relation: label?.relation ?? 'none',
    labelBox: label ? boxOf(label.words) : null,
  }
}

/** Every shortest run of words on a page that reads as the value ("2.007,20", not "€ 2.007,20"). */
export function valueRuns(
  lines: PageLines,
  field: HeaderFieldKey,
  value: string,
): { line: Line; words: PlacedWord[] }[] {
  const out: { line: Line; words: PlacedWord[] }[] = []
  for (const line of lines.lines) {
    for (let len = 1; len <= Math.min(MAX_SPAN, line.words.length); len++) {
      const before = out.length
      for (let i = 0; i + len <= line.words.length; i++) {
        const words = line.words.slice(i, i + len)
        const read = readValue(field, words.map((w) => w.text).join(' '))
        if (read !== null && sameValue(field, read, value)) out.push({ line, words })
      }
      if (out.length > before) break
    }
  }
  return out
}

/** A label the extractor knows for this field counts most; then the box the document had. */
function score(f: Found, field: HeaderFieldKey, hint: { page: number; bbox: BBox | null } | null): number {
  const label = labelOf(f.lines, f.line, f.words)
  const text = label ? fold(label.words.map((w) => w.text).join(' ')) : ''
  const strength = Math.max(0, ...findLabels(text).filter((h) => h.def.field === field).map((h) => h.def.strength))
  const box = boxOf(f.words)
  const inHint =
    hint?.bbox && hint.page === f.line.page && overlaps(box, hint.bbox) ? 1 : 0
  return 2 * strength + inHint + (label ? 0.2 : 0)
}

function overlaps(a: BBox, b: BBox): boolean {
  return a[0] < b[2] && a[2] > b[0] && a[1] < b[3] && a[3] > b[1]
}

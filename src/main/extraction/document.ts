import type { PageWords } from '../../shared/words'
import { groupLines, medianHeight, segments, type Line } from './layout'
import { findLabels, type LabelHit } from './labels'
import { showsMonthFirst } from './parse/date'
import { fold } from './text'

export interface DocLine extends Line {
  folded: string
  labels: LabelHit[]
  /** Median word height of the page, to judge distances and font size. */
  unit: number
  pageHeight: number
  pageWidth: number
}

export interface Doc {
  pages: PageWords[]
  lines: DocLine[]
  /** Numeric dates read month-first (US habit), decided from the dates that are unambiguous. */
  monthFirst: boolean
}

export function buildDoc(pages: readonly PageWords[]): Doc {
  const lines: DocLine[] = []
  for (const page of pages) {
    const unit = medianHeight(page.words)
    for (const line of groupLines(page)) {
      const folded = fold(line.text)
      lines.push({
        ...line,
        folded,
        labels: findLabels(folded, columnGaps(line)),
        unit,
        pageHeight: page.height,
        pageWidth: page.width,
      })
    }
  }
  const habit = lines.reduce((sum, l) => sum + showsMonthFirst(l.text), 0)
  // no date settles it: a US address ("Madison, WI 53703") means the US habit, month first
  const monthFirst = habit > 0 || (habit === 0 && lines.some((l) => US_ADDRESS.test(l.text)))
  return { pages: [...pages], lines, monthFirst }
}

/** Offsets in a line's text of the spaces that join words across a column gap (see segments). */
function columnGaps(line: Line): number[] {
  const gaps: number[] = []
  let offset = -1
  for (const segment of segments(line)) {
    if (offset >= 0) gaps.push(offset)
    const last = segment[segment.length - 1]!
    offset = line.starts[line.words.indexOf(last)]! + last.text.length
  }
  return gaps
}

const US_ADDRESS =
  /\p{L},\s+(?:A[KLRZ]|C[AOT]|D[CE]|FL|GA|HI|I[ADLN]|K[SY]|LA|M[ADEINOST]|N[CDEHJMVY]|O[HKR]|PA|RI|S[CD]|T[NX]|UT|V[AT]|W[AIVY])\s+\d{5}(?:-\d{4})?\b/u

/** Lines directly below a line on the same page, nearest first, within a few line heights. */
export function linesBelow(doc: Doc, line: DocLine, maxLines = 3): DocLine[] {
  return doc.lines
    .filter(
      (l) =>
        l.page === line.page &&
        l.bbox[1] >= line.bbox[3] - line.unit * 0.3 &&
        l.bbox[1] - line.bbox[3] < line.unit * 2.5 * maxLines &&
        l !== line,
    )
    .sort((a, b) => a.bbox[1] - b.bbox[1])
    .slice(0, maxLines)
}

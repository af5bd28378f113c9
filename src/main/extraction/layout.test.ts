import { describe, expect, it } from 'vitest'
import type { BBox } from '../../shared/fields'
import type { PageWords, Word } from '../../shared/words'
import { groupLines, segments, unionBox, wordsInSpan } from './layout'

const word = (text: string, bbox: BBox): Word => ({ text, bbox, confidence: 1, source: 'text-layer' })
const page = (words: Word[]): PageWords => ({
  page: 1,
  width: 600,
  height: 800,
  rotation: 0,
  source: 'text-layer',
  words,
})

describe('groupLines', () => {
  it('groups by vertical overlap and orders left to right, top to bottom', () => {
    const lines = groupLines(
      page([
        word('Total', [300, 101, 330, 111]),
        word('Invoice', [10, 10, 50, 20]),
        word('€12,00', [400, 100, 440, 110]),
        word('No', [55, 11, 70, 21]),
      ]),
    )
    expect(lines.map((l) => l.text)).toEqual(['Invoice No', 'Total €12,00'])
    expect(lines[1]?.starts).toEqual([0, 6])
  })
  it('keeps a slightly tilted word on its line', () => {
    const lines = groupLines(page([word('a', [0, 10, 10, 20]), word('b', [20, 13, 30, 23])]))
    expect(lines).toHaveLength(1)
  })
})

describe('line helpers', () => {
  it('splits segments at wide gaps and maps text spans to words', () => {
    const [line] = groupLines(
      page([word('Name', [0, 0, 30, 10]), word('GmbH', [35, 0, 60, 10]), word('Total', [300, 0, 330, 10])]),
    )
    if (!line) throw new Error('no line')
    expect(segments(line).map((s) => s.map((w) => w.text).join(' '))).toEqual(['Name GmbH', 'Total'])
    expect(wordsInSpan(line, 5, 9).map((w) => w.text)).toEqual(['GmbH'])
    expect(unionBox(line.words.map((w) => w.bbox))).toEqual([0, 0, 330, 10])
  })
})

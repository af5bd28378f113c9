import { describe, expect, it } from 'vitest'
import type { BBox } from '../../shared/fields'
import type { PageWords } from '../../shared/words'
import { fieldsOfWords, fold, intersection, area } from './fieldWords'
import type { ExportField } from './types'

/** The rule of fieldsOfWords written plainly: every word against every field, smallest box first. */
function plainOwners(page: PageWords, fields: ExportField[]): (ExportField | null)[] {
  const candidates = fields
    .filter((f): f is ExportField & { bbox: BBox } => f.page === page.page && f.bbox !== null && fold(f.raw) !== '')
    .sort((a, b) => area(a.bbox) - area(b.bbox))
  return page.words.map((w) => {
    const text = fold(w.text)
    const bare = fold(w.text.replace(/^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu, ''))
    for (const f of candidates) {
      if (intersection(w.bbox, f.bbox) / Math.max(area(w.bbox), 1e-9) < 0.5) continue
      if ((text && fold(f.raw).includes(text)) || (bare && fold(f.raw).includes(bare))) return f
    }
    return null
  })
}

let seed = 7
const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647)
const box = (w: number, h: number): BBox => {
  const x = random() * w * 1.1 - w * 0.05
  const y = random() * h * 1.1 - h * 0.05
  const b: BBox = [x, y, x + random() * w * 0.3, y + random() * h * (random() < 0.1 ? 0.8 : 0.05)]
  return random() < 0.05 ? [b[2], b[3], b[0], b[1]] : b
}

describe('fieldsOfWords', () => {
  it('owns words exactly as the plain every-word-against-every-field rule, also for odd boxes', () => {
    for (let n = 0; n < 300; n++) {
      const width = 600
      const height = 800
      const texts = ['Total', '12,50', 'EUR', 'A-1', 'Müller', 'Str.', '(1)', 'x']
      const words = Array.from({ length: 80 }, () => ({ text: texts[Math.floor(random() * texts.length)]!, bbox: box(width, height), confidence: 1, source: 'ocr' as const }))
      if (n % 50 === 0) words[0]!.bbox = [0, 0, Infinity, 10]
      const fields: ExportField[] = words.filter(() => random() < 0.2).map((w, i) => ({
        key: `k${i}`, line: 0, value: w.text, raw: `${w.text} ${texts[i % texts.length]}`, page: 1,
        bbox: random() < 0.5 ? [w.bbox[0] - 1, w.bbox[1] - 1, w.bbox[2] + 1, w.bbox[3] + 1] : box(width, height),
        source: 'ocr', status: 'extracted', confidence: 1, extractedValue: w.text, extractedConfidence: 1, modelVersion: null,
      }))
      const page: PageWords = { page: 1, width, height, rotation: 0, source: 'ocr', words }
      expect(fieldsOfWords(page, fields)).toEqual(plainOwners(page, fields))
    }
  })
})

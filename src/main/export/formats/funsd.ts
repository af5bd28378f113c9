import type { BBox } from '../../../shared/fields'
import type { PageWords, Word } from '../../../shared/words'
import { findLabels } from '../../extraction/labels'
import { fold } from '../../extraction/text'
import { clamp, fieldId, fieldsOfWords } from '../fieldWords'
import type { ExportDocument, ExportField, PageImages } from '../types'
import type { ExportFormatSpec } from './format'
import { pageImageName } from './format'

type IntBox = [number, number, number, number]

export interface FunsdEntity {
  id: number
  text: string
  /** Pixels of the page image, like FUNSD's own annotations. */
  box: IntBox
  /** FUNSD's labels: a field value is `answer`, its printed label `question`, the rest `other`. */
  label: 'question' | 'answer' | 'header' | 'other'
  /** Recto's field for an answer (`invoice_id`, `amount@2`); absent on others. Loaders ignore it. */
  field?: string
  words: { text: string; box: IntBox }[]
  linking: [number, number][]
}

export interface FunsdPage {
  form: FunsdEntity[]
}

/** One FUNSD annotation per page; coordinates in image pixels (page units if there is no image). */
export function toFunsdPages(
  doc: ExportDocument,
  images: PageImages,
  namesField: LabelTest = readsAsLabelOf,
): { page: number; json: FunsdPage }[] {
  return doc.pages.map((page) => {
    const image = images.get(page.page)
    const scale = image ? image.width / page.width : 1
    // clampBox() spelled out, without its intermediate array: this runs for every word.
    const { width, height } = page
    const toPixels = (b: BBox): IntBox => [
      Math.floor(clamp(Math.min(b[0], b[2]), 0, width) * scale),
      Math.floor(clamp(Math.min(b[1], b[3]), 0, height) * scale),
      Math.ceil(clamp(Math.max(b[0], b[2]), 0, width) * scale),
      Math.ceil(clamp(Math.max(b[1], b[3]), 0, height) * scale),
    ]
    const owners = fieldsOfWords(page, doc.fields)
    const used = new Set<number>()
    owners.forEach((f, i) => f && used.add(i))
    const form: FunsdEntity[] = []
    const entity = (label: FunsdEntity['label'], words: Word[], box: BBox, text?: string): FunsdEntity => {
      const e: FunsdEntity = {
        id: form.length,
        text: text ?? words.map((w) => w.text).join(' '),
        box: toPixels(box),
        label,
        words: words.map((w) => ({ text: w.text, box: toPixels(w.bbox) })),
        linking: [],
      }
      form.push(e)
      return e
    }
    const ownWords = new Map<ExportField, Word[]>()
    owners.forEach((f, i) => {
      if (f) ownWords.set(f, [...(ownWords.get(f) ?? []), page.words[i]!])
    })
    const placed = doc.fields.filter((f): f is ExportField & { bbox: BBox } => f.page === page.page && f.bbox !== null && f.value !== '')
    for (const field of placed) {
      const own = ownWords.get(field) ?? []
      const question = field.line === 0 ? labelOf(page, field, used, namesField) : null
      const q = question && entity('question', question.map((i) => page.words[i]!), unionBox(question.map((i) => page.words[i]!.bbox)))
      const a = entity('answer', own, field.bbox, own.length ? undefined : field.raw)
      a.field = fieldId(field)
      if (own.length === 0) a.words = [{ text: field.raw, box: a.box }]
      if (q) {
        q.linking.push([q.id, a.id])
        a.linking.push([q.id, a.id])
      }
    }
    for (const run of lineRuns(page, used)) entity('other', run.map((i) => page.words[i]!), unionBox(run.map((i) => page.words[i]!.bbox)))
    return { page: page.page, json: { form } }
  })
}

/** Whether a line of text reads as a printed label of the field `key`. */
export type LabelTest = (text: string, key: string) => boolean

function readsAsLabelOf(text: string, key: string): boolean {
  return findLabels(fold(text)).some((hit) => hit.def.field === key)
}

/**
 * `readsAsLabelOf` remembering its answers for one export: the same label texts ("Invoice
 * number", "Date") come back on every document of a supplier, and the lexicon's 60 patterns cost
 * more than the rest of a FUNSD page. Forgets everything past `limit` texts to stay small.
 */
export function rememberedLabelTest(limit = 20_000): LabelTest {
  const fieldsOf = new Map<string, ReadonlySet<string>>()
  return (text, key) => {
    let fields = fieldsOf.get(text)
    if (!fields) {
      if (fieldsOf.size >= limit) fieldsOf.clear()
      fields = new Set(findLabels(fold(text)).map((hit) => hit.def.field))
      fieldsOf.set(text, fields)
    }
    return fields.has(key)
  }
}

/**
 * The printed label of a header field: the words left of its box on the same line, else the
 * line just above it starting near its left edge; taken only if it reads like a label (ends in
 * ':' or is one of the extractor's labels for that field). Claims the words in `used`.
 */
function labelOf(page: PageWords, field: ExportField & { bbox: BBox }, used: Set<number>, namesField: LabelTest): number[] | null {
  const [fx0, fy0, , fy1] = field.bbox
  const h = Math.max(1, fy1 - fy0)
  const words = page.words
  // Indexes of the free words, filtered without an object per word: this runs per header field.
  const left: number[] = []
  const above: number[] = []
  for (let i = 0; i < words.length; i++) {
    if (used.has(i)) continue
    const b = words[i]!.bbox
    if (b[2] <= fx0 + 1 && overlapY(b, field.bbox) > 0.5) left.push(i)
    if (fy0 - b[3] >= -1 && fy0 - b[3] <= 1.5 * h && Math.abs(b[0] - fx0) < 2 * h) above.push(i)
  }
  left.sort((a, b) => words[b]!.bbox[2] - words[a]!.bbox[2])
  // Key-value tables leave a wide gap between label and value; within the label, words are close.
  const run: number[] = []
  let edge = fx0
  for (const i of left) {
    const b = words[i]!.bbox
    if (edge - b[2] > (run.length ? 2 * h : page.width * 0.3)) break
    run.unshift(i)
    edge = b[0]
  }
  for (const side of ['left', 'above'] as const) {
    // The line above is only worked out when the words to the left are no label.
    const candidate = side === 'left' ? run : above.length ? lineOf(page, above, freeWords(words.length, used)) : []
    if (candidate.length === 0) continue
    const text = candidate.map((i) => words[i]!.text).join(' ')
    if (!/\p{L}/u.test(text)) continue
    if (text.trim().endsWith(':') || namesField(text, field.key)) {
      for (const i of candidate) used.add(i)
      return candidate
    }
  }
  return null
}

function freeWords(count: number, used: ReadonlySet<number>): number[] {
  const free: number[] = []
  for (let i = 0; i < count; i++) if (!used.has(i)) free.push(i)
  return free
}

/** The start words extended rightwards along their line (gap under two word heights). */
function lineOf(page: PageWords, start: number[], free: number[]): number[] {
  const first = start[0]
  if (first === undefined) return []
  const out = [first]
  let last = page.words[first]!.bbox
  const rest = free.filter((i) => i !== first && page.words[i]!.bbox[0] >= last[0]).sort((a, b) => page.words[a]!.bbox[0] - page.words[b]!.bbox[0])
  for (const i of rest) {
    const b = page.words[i]!.bbox
    if (overlapY(b, last) < 0.5 || b[0] - last[2] > 2 * (last[3] - last[1])) continue
    out.push(i)
    last = b
  }
  return out
}

/** Remaining words in runs along a line (reading order, no gap over two word heights). */
function lineRuns(page: PageWords, used: Set<number>): number[][] {
  const runs: number[][] = []
  let run: number[] = []
  page.words.forEach((w, i) => {
    if (used.has(i)) return
    const prev = run.length ? page.words[run[run.length - 1]!]! : null
    const joins = prev && overlapY(prev.bbox, w.bbox) > 0.5 && w.bbox[0] - prev.bbox[2] <= 2 * (prev.bbox[3] - prev.bbox[1]) && w.bbox[0] >= prev.bbox[0]
    if (!joins && run.length) {
      runs.push(run)
      run = []
    }
    run.push(i)
  })
  if (run.length) runs.push(run)
  return runs
}

function overlapY(a: BBox, b: BBox): number {
  const inter = Math.min(a[3], b[3]) - Math.max(a[1], b[1])
  return inter / Math.max(1e-9, Math.min(a[3] - a[1], b[3] - b[1]))
}

function unionBox(boxes: BBox[]): BBox {
  return [
    Math.min(...boxes.map((b) => b[0])),
    Math.min(...boxes.map((b) => b[1])),
    Math.max(...boxes.map((b) => b[2])),
    Math.max(...boxes.map((b) => b[3])),
  ]
}

export const funsdFormat: ExportFormatSpec = {
  name: 'funsd',
  version: 'recto-funsd/1',
  needsImages: true,
  needsWords: true,
  imagePath: (split, key, page) => `${split}/images/${pageImageName(key, page)}`,
  start(folder) {
    const namesField = rememberedLabelTest()
    return {
      add(doc, images) {
        for (const { page, json } of toFunsdPages(doc, images, namesField)) {
          folder.writeFileSoon(`${doc.split}/annotations/${doc.key}-p${page}.json`, JSON.stringify(json) + '\n')
        }
      },
      finish() {},
    }
  },
}

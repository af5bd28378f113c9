import type { BBox } from '../../../shared/fields'
import type { PageWords, Word } from '../../../shared/words'
import { findLabels } from '../../extraction/labels'
import { fold } from '../../extraction/text'
import { clampBox, fieldId, fieldsOfWords } from '../fieldWords'
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
export function toFunsdPages(doc: ExportDocument, images: PageImages): { page: number; json: FunsdPage }[] {
  return doc.pages.map((page) => {
    const image = images.get(page.page)
    const scale = image ? image.width / page.width : 1
    const toPixels = (b: BBox): IntBox => {
      const [x0, y0, x1, y1] = clampBox(b, page.width, page.height)
      return [Math.floor(x0 * scale), Math.floor(y0 * scale), Math.ceil(x1 * scale), Math.ceil(y1 * scale)]
    }
    const owners = fieldsOfWords(page, doc.fields)
    const used = new Set<number>(owners.flatMap((f, i) => (f ? [i] : [])))
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
    const placed = doc.fields.filter((f): f is ExportField & { bbox: BBox } => f.page === page.page && f.bbox !== null && f.value !== '')
    for (const field of placed) {
      const own = page.words.filter((_, i) => owners[i] === field)
      const question = field.line === 0 ? labelOf(page, field, used) : null
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

/**
 * The printed label of a header field: the words left of its box on the same line, else the
 * line just above it starting near its left edge; taken only if it reads like a label (ends in
 * ':' or is one of the extractor's labels for that field). Claims the words in `used`.
 */
function labelOf(page: PageWords, field: ExportField & { bbox: BBox }, used: Set<number>): number[] | null {
  const [fx0, fy0, , fy1] = field.bbox
  const h = Math.max(1, fy1 - fy0)
  const free = page.words.map((w, i) => ({ w, i })).filter(({ i }) => !used.has(i))
  const left = free
    .filter(({ w }) => w.bbox[2] <= fx0 + 1 && overlapY(w.bbox, field.bbox) > 0.5)
    .sort((a, b) => b.w.bbox[2] - a.w.bbox[2])
  // Key-value tables leave a wide gap between label and value; within the label, words are close.
  const run: number[] = []
  let edge = fx0
  for (const { w, i } of left) {
    if (edge - w.bbox[2] > (run.length ? 2 * h : page.width * 0.3)) break
    run.unshift(i)
    edge = w.bbox[0]
  }
  const above = free
    .filter(({ w }) => fy0 - w.bbox[3] >= -1 && fy0 - w.bbox[3] <= 1.5 * h && Math.abs(w.bbox[0] - fx0) < 2 * h)
    .map(({ i }) => i)
  for (const candidate of [run, lineOf(page, above, free.map((f) => f.i))]) {
    if (candidate.length === 0) continue
    const text = candidate.map((i) => page.words[i]!.text).join(' ')
    if (!/\p{L}/u.test(text)) continue
    if (text.trim().endsWith(':') || findLabels(fold(text)).some((hit) => hit.def.field === field.key)) {
      for (const i of candidate) used.add(i)
      return candidate
    }
  }
  return null
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
    return {
      add(doc, images) {
        for (const { page, json } of toFunsdPages(doc, images)) {
          folder.writeFile(`${doc.split}/annotations/${doc.key}-p${page}.json`, JSON.stringify(json) + '\n')
        }
      },
      finish() {},
    }
  },
}

import type { BBox } from '../../../shared/fields'
import { clamp, fieldsOfWords, fieldId } from '../fieldWords'
import { BIO_LABELS, LABEL_ID, entityOf } from '../labels'
import type { ExportDocument, PageImages } from '../types'
import type { ExportFormatSpec } from './format'
import { pageImageName, splitLineFiles } from './format'

/** One page as a token-classification example (the FUNSD/CORD layout of Hugging Face datasets). */
export interface LayoutlmRow {
  id: string
  document: string
  page: number
  words: string[]
  /** Per word, `[x0, y0, x1, y1]` scaled to 0–1000 of the page, as LayoutLM expects. */
  bboxes: [number, number, number, number][]
  /** Indexes into labels.txt: O, B-INVOICE_ID, I-INVOICE_ID, … */
  ner_tags: number[]
  image_path: string | null
  image_width: number
  image_height: number
}

const OUTSIDE = LABEL_ID.get('O') ?? 0

export function toLayoutlmRows(doc: ExportDocument, images: PageImages): LayoutlmRow[] {
  return doc.pages.map((page) => {
    const owners = fieldsOfWords(page, doc.fields)
    let previous: string | null = null
    const ner_tags = owners.map((field) => {
      if (!field) {
        previous = null
        return OUTSIDE
      }
      const id = fieldId(field)
      // A field's words split by another word start a new span: every I- follows its own B-/I-.
      const tag = `${id === previous ? 'I' : 'B'}-${entityOf(field.key, field.line)}`
      previous = id
      return LABEL_ID.get(tag) ?? OUTSIDE
    })
    const image = images.get(page.page)
    return {
      id: `${doc.key}-p${page.page}`,
      document: doc.key,
      page: page.page,
      words: page.words.map((w) => w.text),
      bboxes: page.words.map((w) => scale1000(w.bbox, page.width, page.height)),
      ner_tags,
      image_path: image?.path ?? null,
      image_width: image?.width ?? 0,
      image_height: image?.height ?? 0,
    }
  })
}

export function scale1000(b: BBox, width: number, height: number): [number, number, number, number] {
  return [
    per1000(Math.min(b[0], b[2]), width),
    per1000(Math.min(b[1], b[3]), height),
    per1000(Math.max(b[0], b[2]), width),
    per1000(Math.max(b[1], b[3]), height),
  ]
}

const per1000 = (v: number, size: number) => clamp(Math.round((v / size) * 1000), 0, 1000)

export const layoutlmFormat: ExportFormatSpec = {
  name: 'layoutlm',
  version: 'recto-layoutlm/1',
  needsImages: true,
  needsWords: true,
  imagePath: (_split, key, page) => `images/${pageImageName(key, page)}`,
  start(folder, options) {
    folder.writeFile('labels.txt', BIO_LABELS.join('\n') + '\n')
    const id2label = Object.fromEntries(BIO_LABELS.map((l, i) => [String(i), l]))
    const label2id = Object.fromEntries(BIO_LABELS.map((l, i) => [l, i]))
    folder.writeFile('labels.json', JSON.stringify({ labels: BIO_LABELS, id2label, label2id }, null, 2) + '\n')
    const files = splitLineFiles(folder, options.ratios, (s) => `${s}.jsonl`)
    return {
      add(doc, images) {
        for (const row of toLayoutlmRows(doc, images)) files.get(doc.split).write(JSON.stringify(row))
      },
      finish: () => files.closeAll(),
    }
  },
}

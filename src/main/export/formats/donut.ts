import type { ExportDocument, PageImages } from '../types'
import type { ExportFormatSpec } from './format'
import { activeSplits, pageImageName } from './format'
import { finalValues } from './values'

/** One line of a split's metadata.jsonl (Hugging Face imagefolder, as Donut's training expects). */
export interface DonutRow {
  file_name: string
  /** `{"gt_parse": {...}}` serialised: Donut's loader parses this string itself. */
  ground_truth: string
}

/**
 * One row per page: gt_parse holds the header fields located on that page and the line items with
 * cells on it, so the target never asks for text the image does not show.
 */
export function toDonutRows(doc: ExportDocument, images: PageImages): DonutRow[] {
  return doc.pages.flatMap((page) => {
    const image = images.get(page.page)
    if (!image?.path) return []
    const { fields, line_items } = finalValues(doc.fields, page.page)
    const gt_parse = line_items.length ? { ...fields, line_items } : fields
    return [{ file_name: image.path.slice(image.path.lastIndexOf('/') + 1), ground_truth: JSON.stringify({ gt_parse }) }]
  })
}

export const donutFormat: ExportFormatSpec = {
  name: 'donut',
  version: 'recto-donut/1',
  needsImages: true,
  needsWords: false,
  imagePath: (split, key, page) => `${split}/${pageImageName(key, page)}`,
  start(folder, options) {
    const files = new Map(activeSplits(options.ratios).map((s) => [s, folder.lines(`${s}/metadata.jsonl`)]))
    return {
      add(doc, images) {
        for (const row of toDonutRows(doc, images)) files.get(doc.split)?.write(JSON.stringify(row))
      },
      finish: () => files.forEach((f) => f.close()),
    }
  },
}

import type { BBox } from '../../../shared/fields'
import { HEADER_FIELD_KEYS, LINE_ITEM_KEYS } from '../../../shared/fields'
import { clampBox, fieldId, round } from '../fieldWords'
import { entityOf } from '../labels'
import type { ExportDocument, ExportField, PageImages } from '../types'
import type { ExportFormatSpec } from './format'
import { activeSplits, pageImageName } from './format'

interface RegionValue {
  /** Percent of the image (0–100), top-left corner. */
  x: number
  y: number
  width: number
  height: number
  rotation: 0
}

export type LabelStudioResult =
  | { id: string; from_name: 'label'; to_name: 'image'; type: 'rectanglelabels'; original_width: number; original_height: number; image_rotation: 0; value: RegionValue & { rectanglelabels: string[] }; score?: number }
  | { id: string; from_name: 'transcription'; to_name: 'image'; type: 'textarea'; original_width: number; original_height: number; image_rotation: 0; value: RegionValue & { text: string[] }; score?: number }

export interface LabelStudioTask {
  data: { image: string; document: string; page: number; split: string; file_name: string }
  predictions: { model_version: string; score: number; result: LabelStudioResult[] }[]
  annotations: { result: LabelStudioResult[] }[]
}

/**
 * One task per page. Predictions are Recto's output before review (value and confidence as
 * extracted); annotations the reviewed values. The extractor's box is not kept after a person
 * moves it, so a corrected field's prediction is drawn at the reviewed box.
 */
export function toLabelStudioTasks(doc: ExportDocument, images: PageImages, imageUrlPrefix: string): LabelStudioTask[] {
  return doc.pages.map((page) => {
    const image = images.get(page.page)
    const size = { width: image?.width ?? Math.round(page.width), height: image?.height ?? Math.round(page.height) }
    const placed = doc.fields.filter((f): f is ExportField & { bbox: BBox } => f.page === page.page && f.bbox !== null)
    const predicted = placed.filter((f) => f.extractedValue !== null && f.extractedValue !== '')
    const scores = predicted.map((f) => f.extractedConfidence ?? 0)
    const region = (f: ExportField & { bbox: BBox }, text: string, score?: number) =>
      regionResults(fieldId(f), entityOf(f.key, f.line), f.bbox, text, page.width, page.height, size, score)
    return {
      data: {
        image: imageUrlPrefix + (image?.path ?? ''),
        document: doc.key,
        page: page.page,
        split: doc.split,
        file_name: doc.fileName,
      },
      predictions: [
        {
          model_version: doc.modelVersion ?? predicted[0]?.modelVersion ?? 'unknown',
          score: scores.length ? round(scores.reduce((a, b) => a + b, 0) / scores.length, 4) : 0,
          result: predicted.flatMap((f) => region(f, f.extractedValue!, round(f.extractedConfidence ?? 0, 4))),
        },
      ],
      annotations: [{ result: placed.filter((f) => f.value !== '').flatMap((f) => region(f, f.value)) }],
    }
  })
}

function regionResults(
  id: string,
  label: string,
  bbox: BBox,
  text: string,
  pageWidth: number,
  pageHeight: number,
  size: { width: number; height: number },
  score?: number,
): LabelStudioResult[] {
  const [x0, y0, x1, y1] = clampBox(bbox, pageWidth, pageHeight)
  const x = round((x0 / pageWidth) * 100, 4)
  const y = round((y0 / pageHeight) * 100, 4)
  const width = round(((x1 - x0) / pageWidth) * 100, 4)
  const height = round(((y1 - y0) / pageHeight) * 100, 4)
  // Literal objects of one shape each (no spreads): at 10,000 documents this is the hot loop.
  const rectangle: LabelStudioResult = {
    id, from_name: 'label', to_name: 'image', type: 'rectanglelabels',
    original_width: size.width, original_height: size.height, image_rotation: 0,
    value: { x, y, width, height, rotation: 0, rectanglelabels: [label] }, score,
  }
  const transcription: LabelStudioResult = {
    id, from_name: 'transcription', to_name: 'image', type: 'textarea',
    original_width: size.width, original_height: size.height, image_rotation: 0,
    value: { x, y, width, height, rotation: 0, text: [text] }, score,
  }
  return [rectangle, transcription]
}

/** The labeling config matching the tasks (Settings → Labeling Interface → Code). */
export function labelStudioConfig(): string {
  const labels = [...HEADER_FIELD_KEYS.map((k) => entityOf(k, 0)), ...LINE_ITEM_KEYS.map((k) => entityOf(k, 1))]
  return [
    '<View>',
    '  <Image name="image" value="$image" zoom="true"/>',
    '  <RectangleLabels name="label" toName="image">',
    ...labels.map((l) => `    <Label value="${l}"/>`),
    '  </RectangleLabels>',
    '  <TextArea name="transcription" toName="image" editable="true" perRegion="true" required="false" maxSubmissions="1" rows="1"/>',
    '</View>',
    '',
  ].join('\n')
}

export const labelStudioFormat: ExportFormatSpec = {
  name: 'labelstudio',
  version: 'recto-labelstudio/1',
  needsImages: true,
  needsWords: false,
  imagePath: (_split, key, page) => `images/${pageImageName(key, page)}`,
  start(folder, options) {
    folder.writeFile('label_config.xml', labelStudioConfig())
    // Label Studio imports a JSON array; streamed as one task per line inside the brackets.
    const files = new Map(activeSplits(options.ratios).map((s) => [s, { file: folder.lines(`${s}.json`), first: true }]))
    files.forEach((f) => f.file.write('['))
    return {
      add(doc, images) {
        const out = files.get(doc.split)
        if (!out) return
        for (const task of toLabelStudioTasks(doc, images, options.imageUrlPrefix)) {
          out.file.write((out.first ? '' : ',') + JSON.stringify(task))
          out.first = false
        }
      },
      finish: () =>
        files.forEach((f) => {
          f.file.write(']')
          f.file.close()
        }),
    }
  },
}

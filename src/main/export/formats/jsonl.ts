import type { EditRow } from '../../../shared/documents'
import { round } from '../fieldWords'
import type { ExportDocument, ExportField, PageImages } from '../types'
import type { ExportFormatSpec } from './format'
import { pageImageName, splitLineFiles } from './format'

const fieldJson = (f: ExportField) => ({
  value: f.value,
  raw: f.raw,
  page: f.page,
  bbox: f.bbox,
  source: f.source,
  status: f.status,
  /** Before review (the extractor's); the current confidence of a reviewed field is 1. */
  confidence: f.extractedConfidence,
  extracted_value: f.extractedValue,
  model_version: f.modelVersion,
})

export function editJson(e: EditRow, documentKey: string) {
  return {
    id: e.id,
    document: documentKey,
    action: e.action,
    field_key: e.fieldKey,
    line: e.line,
    page: e.page,
    old_value: e.oldValue,
    new_value: e.newValue,
    old_confidence: e.oldConfidence,
    old_source: e.oldSource,
    bbox: e.bbox,
    user: e.user,
    at: e.at,
    app_version: e.appVersion,
    model_version: e.modelVersion,
    hash: e.hash || null,
  }
}

/** Recto's own format: everything about one reviewed document on one line. */
export function toJsonlRecord(doc: ExportDocument, images: PageImages) {
  const lines = new Map<number, Record<string, ReturnType<typeof fieldJson>>>()
  for (const f of doc.fields) {
    if (f.line === 0) continue
    const cells = lines.get(f.line) ?? {}
    cells[f.key] = fieldJson(f)
    lines.set(f.line, cells)
  }
  return {
    id: doc.key,
    sha256: doc.sha256,
    file_name: doc.fileName,
    mime: doc.mime,
    status: doc.status,
    split: doc.split,
    imported_at: doc.createdAt,
    model_version: doc.modelVersion,
    fields: Object.fromEntries(doc.fields.filter((f) => f.line === 0).map((f) => [f.key, fieldJson(f)])),
    line_items: [...lines.entries()].sort(([a], [b]) => a - b).map(([line, cells]) => ({ line, cells })),
    pages: doc.pages.map((p) => ({
      page: p.page,
      width: p.width,
      height: p.height,
      rotation: p.rotation,
      source: p.source,
      image: images.get(p.page)?.path ?? null,
      words: p.words.map((w) => ({ text: w.text, bbox: w.bbox, confidence: round(w.confidence, 4), source: w.source })),
    })),
    edits: doc.edits.map((e) => editJson(e, doc.key)),
  }
}

export const jsonlFormat: ExportFormatSpec = {
  name: 'jsonl',
  version: 'recto-jsonl/1',
  needsImages: false,
  needsWords: true,
  imagePath: (_split, key, page) => `images/${pageImageName(key, page)}`,
  start(folder, options) {
    const files = splitLineFiles(folder, options.ratios, (s) => `${s}.jsonl`)
    return {
      add: (doc, images) => files.get(doc.split).write(JSON.stringify(toJsonlRecord(doc, images))),
      finish: () => files.closeAll(),
    }
  },
}

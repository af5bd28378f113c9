import { readFileSync } from 'node:fs'
import path from 'node:path'
import { RectoError } from '../../shared/errors'
import type { ReadableDb } from '../db/handles'
import { FORMATS } from './formats'
import type { ExportFormat, ExportFormatSpec } from './formats'
import { editJson } from './formats/jsonl'
import { readDocuments } from './documentBatches'
import { DEFAULT_FILTER, selectDocuments } from './loadDocuments'
import type { ExportFilter } from './loadDocuments'
import { pageImageSize, pageSourceOf, renderPageImages } from './pageImages'
import { PERSONAL_DATA_REMOVED, createPersonalDataFilter } from './personal'
import { DEFAULT_SPLIT, SPLIT_NAMES } from './split'
import type { SplitName, SplitRatios } from './split'
import type { ExportSummary } from '../../shared/exports'
import type { ExportDocument, ExportProgress, PageImage } from './types'
import { openExportFolder } from './writer'
import type { ExportFolder } from './writer'

export interface ExportOptions {
  format: ExportFormat
  outDir: string
  /** Where the originals are kept (the services' `ctx.filesDir`), for page images. */
  filesDir: string
  filter?: Partial<ExportFilter>
  split?: SplitRatios
  /** Resolution of PDF page images; default 150. */
  dpi?: number
  /** Write page images; default: when the format is built around them. */
  images?: boolean
  dropPersonal?: boolean
  /** Write into a non-empty folder, replacing files of the same name. */
  force?: boolean
  /** Prepended to image paths in Label Studio tasks. */
  imageUrlPrefix?: string
  /** Recorded in the manifest. */
  appVersion?: string
  onProgress?: (progress: ExportProgress) => void
  signal?: AbortSignal
}

export type ExportResult = ExportSummary

export const MANIFEST_VERSION = 1
const EDITS_VERSION = 'recto-edits/1'
const BREATH_MS = 50
/** Files handed to the disk and not yet written, at most (FUNSD writes one per page). */
const FILES_IN_FLIGHT = 64
const breathe = () => new Promise<void>((resolve) => setImmediate(resolve))

/**
 * Writes a labeled training set: the chosen format, the edit log of the exported documents, page
 * images where wanted, and manifest.json (last, so a folder without one is an unfinished export).
 * On cancel or error, removes what it wrote.
 */
export async function exportTrainingSet(db: ReadableDb, options: ExportOptions): Promise<ExportResult> {
  const spec = FORMATS[options.format]
  if (!spec) throw new RectoError('bad_format', `Unknown export format "${options.format}".`)
  const dpi = options.dpi ?? 150
  if (!Number.isFinite(dpi) || dpi < 36 || dpi > 600) throw new RectoError('bad_dpi', '--dpi must be between 36 and 600.')
  const ratios = options.split ?? DEFAULT_SPLIT
  const filter: ExportFilter = { ...DEFAULT_FILTER, ...options.filter }
  const withImages = options.images ?? spec.needsImages
  const dropPersonal = options.dropPersonal ?? false
  // Removing personal data from images needs the words that locate the address.
  const needsWords = spec.needsWords || (dropPersonal && withImages)
  const selected = selectDocuments(db, filter)
  const folder = openExportFolder(options.outDir, { force: options.force })
  const warnings: string[] = []
  const counts = { documents: 0, pages: 0, words: 0, fields: 0, edits: 0, images: 0 }
  const bySplit = Object.fromEntries(SPLIT_NAMES.map((s) => [s, 0])) as Record<SplitName, number>
  const byStatus: Record<string, number> = {}
  try {
    const sink = spec.start(folder, { ratios, imageUrlPrefix: options.imageUrlPrefix ?? '', dropPersonal })
    const edits = folder.lines('edits.jsonl')
    const scrub = dropPersonal ? createPersonalDataFilter() : (d: ExportDocument) => d
    let index = 0
    let lastBreath = performance.now()
    for (const read of readDocuments(db, selected, ratios, { words: needsWords })) {
      options.signal?.throwIfAborted()
      // Without images nothing here awaits real work: let the event loop deliver progress and a
      // cancel now and then.
      if (performance.now() - lastBreath > BREATH_MS) {
        await breathe()
        options.signal?.throwIfAborted()
        lastBreath = performance.now()
      }
      const doc = scrub(read)
      const images = await pageImagesOf(doc, spec, { folder, filesDir: options.filesDir, dpi, write: withImages, warnings, signal: options.signal })
      sink.add(doc, images)
      for (const e of doc.edits) edits.write(JSON.stringify(editJson(e, doc.key)))
      counts.documents++
      counts.pages += doc.pages.length
      if (needsWords) counts.words += doc.pages.reduce((n, p) => n + p.words.length, 0)
      counts.fields += doc.fields.length
      counts.edits += doc.edits.length
      counts.images += [...images.values()].filter((i) => i.path).length
      bySplit[doc.split]++
      byStatus[doc.status] = (byStatus[doc.status] ?? 0) + 1
      await folder.settled(FILES_IN_FLIGHT)
      options.onProgress?.({ done: ++index, total: selected.length, documentId: doc.id, stage: 'documents' })
    }
    options.signal?.throwIfAborted()
    options.onProgress?.({ done: selected.length, total: selected.length, documentId: null, stage: 'finishing' })
    sink.finish()
    edits.close()
    await folder.settled()
    const manifest = {
      manifest_version: MANIFEST_VERSION,
      generator: 'recto',
      recto_version: options.appVersion ?? null,
      format: spec.name,
      format_versions: { [spec.name]: spec.version, edits: EDITS_VERSION, ...(withImages ? { images: `png@${dpi}dpi` } : {}) },
      options: {
        statuses: filter.statuses,
        date_basis: filter.dateBasis,
        from: filter.from ?? null,
        to: filter.to ?? null,
        supplier: filter.supplier ?? null,
        split: ratios,
        split_rule: 'first 52 bits of the file sha256 as a fraction of 2^52, against the cumulative ratios',
        dpi,
        images: withImages,
        drop_personal: dropPersonal,
      },
      counts: { ...counts, splits: bySplit, statuses: byStatus },
      personal_data_removed: dropPersonal ? PERSONAL_DATA_REMOVED : [],
      warnings,
      files: folder.files(),
    }
    folder.writeFile('manifest.json', JSON.stringify(manifest, null, 2) + '\n')
    options.onProgress?.({ done: selected.length, total: selected.length, documentId: null, stage: 'done' })
    return { outDir: folder.root, documents: counts.documents, pages: counts.pages, images: counts.images, files: folder.files().length, warnings }
  } catch (error) {
    await folder.settled().catch(() => undefined)
    folder.discard()
    if (options.signal?.aborted) throw new RectoError('cancelled', 'The export was cancelled; nothing was left behind.')
    throw error
  }
}

async function pageImagesOf(
  doc: ExportDocument,
  spec: ExportFormatSpec,
  io: { folder: ExportFolder; filesDir: string; dpi: number; write: boolean; warnings: string[]; signal?: AbortSignal },
): Promise<Map<number, PageImage>> {
  const source = pageSourceOf(doc.mime)
  const images = new Map<number, PageImage>()
  if (!source) return images
  for (const p of doc.pages) images.set(p.page, { page: p.page, path: null, ...pageImageSize(source, p, io.dpi) })
  if (!io.write || doc.pages.length === 0) return images
  let bytes: Uint8Array
  try {
    // pdf.js refuses a Buffer; a plain Uint8Array copy it may detach.
    bytes = new Uint8Array(readFileSync(path.join(io.filesDir, path.basename(doc.storedName))))
  } catch {
    io.warnings.push(`${doc.key}: the original file is missing, so its pages have no images`)
    return images
  }
  const pages = doc.pages.map((p) => ({ ...p, redactions: doc.redactions.filter((r) => r.page === p.page).map((r) => r.bbox) }))
  try {
    for await (const { page, png } of renderPageImages(bytes, source, pages, io.dpi, io.signal)) {
      const rel = spec.imagePath(doc.split, doc.key, page)
      io.folder.writeFile(rel, png)
      images.set(page, { ...images.get(page)!, path: rel })
    }
  } catch (error) {
    if (io.signal?.aborted || error instanceof RectoError && error.code.startsWith('export_')) throw error
    io.warnings.push(`${doc.key}: page images failed (${error instanceof Error ? error.message : String(error)})`)
  }
  return images
}

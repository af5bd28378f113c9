import type { SplitName, SplitRatios } from '../split'
import { SPLIT_NAMES } from '../split'
import type { ExportDocument, PageImages } from '../types'
import type { ExportFolder, LineFile } from '../writer'

import type { ExportFormat } from '../../../shared/exports'
export { EXPORT_FORMATS } from '../../../shared/exports'
export type { ExportFormat } from '../../../shared/exports'

export interface FormatOptions {
  ratios: SplitRatios
  /** Prepended to image paths in Label Studio tasks (e.g. `/data/local-files/?d=`). */
  imageUrlPrefix: string
  dropPersonal: boolean
}

/** Receives documents one at a time (streaming: 10,000 documents never sit in memory at once). */
export interface FormatSink {
  add(doc: ExportDocument, images: PageImages): void
  finish(): void
}

export interface ExportFormatSpec {
  name: ExportFormat
  /** Written into the manifest; raised whenever the shape of the format's files changes. */
  version: string
  /** Formats built around page images get them unless images are turned off. */
  needsImages: boolean
  /** Whether the format reads the page words (the bulk of the data: skipped when not). */
  needsWords: boolean
  /** Where the format wants a page's PNG, relative to the export folder. */
  imagePath(split: SplitName, key: string, page: number): string
  start(folder: ExportFolder, options: FormatOptions): FormatSink
}

/** The splits that get documents at these ratios (a 90,10 split writes no test file). */
export function activeSplits(ratios: SplitRatios): SplitName[] {
  return SPLIT_NAMES.filter((s) => ratios[s] > 0)
}

/** One line file per active split, e.g. `train.jsonl`, `validation.jsonl`, `test.jsonl`. */
export function splitLineFiles(
  folder: ExportFolder,
  ratios: SplitRatios,
  name: (split: SplitName) => string,
): { get(split: SplitName): LineFile; closeAll(): void } {
  const files = new Map(activeSplits(ratios).map((s) => [s, folder.lines(name(s))]))
  return {
    get(split) {
      const file = files.get(split)
      if (!file) throw new Error(`no file for split ${split}`)
      return file
    },
    closeAll: () => files.forEach((f) => f.close()),
  }
}

export function pageImageName(key: string, page: number): string {
  return `${key}-p${page}.png`
}

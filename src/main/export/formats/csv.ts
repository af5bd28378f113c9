import { HEADER_FIELD_KEYS } from '../../../shared/fields'
import type { ExportDocument } from '../types'
import type { ExportFormatSpec } from './format'
import { pageImageName } from './format'

const META = ['id', 'sha256', 'file_name', 'status', 'split'] as const

export function csvColumns(dropPersonal: boolean): string[] {
  return [...META, ...HEADER_FIELD_KEYS.filter((k) => !(dropPersonal && k === 'receiver_name'))]
}

/** RFC 4180: quoted when it holds a comma, quote, line break or edge spaces; quotes doubled. */
export function csvCell(value: string): string {
  return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value
}

export function toCsvRow(doc: ExportDocument, columns: readonly string[]): string {
  const header = new Map(doc.fields.filter((f) => f.line === 0).map((f) => [f.key, f.value]))
  const meta: Record<string, string> = { id: doc.key, sha256: doc.sha256, file_name: doc.fileName, status: doc.status, split: doc.split }
  return columns.map((c) => csvCell(meta[c] ?? header.get(c) ?? '')).join(',')
}

/** One row per document with the header fields; one file, the split in a column. */
export const csvFormat: ExportFormatSpec = {
  name: 'csv',
  version: 'recto-csv/1',
  needsImages: false,
  needsWords: false,
  imagePath: (_split, key, page) => `images/${pageImageName(key, page)}`,
  start(folder, options) {
    const columns = csvColumns(options.dropPersonal)
    const file = folder.lines('documents.csv', '\r\n')
    file.write(columns.join(','))
    return { add: (doc) => file.write(toCsvRow(doc, columns)), finish: () => file.close() }
  },
}

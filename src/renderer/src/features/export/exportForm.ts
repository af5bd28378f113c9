import type { DocumentStatus } from '../../../../shared/documents'
import { EXPORT_FORMATS } from '../../../../shared/exports'
import type { ExportFormat } from '../../../../shared/exports'
import type { RequestOf } from '../../../../shared/ipc/contract'

export const FORMAT_LABEL: Record<ExportFormat, string> = {
  jsonl: 'JSON Lines (one document per line)',
  layoutlm: 'LayoutLM (words, boxes, BIO labels)',
  donut: 'Donut (page image + JSON)',
  funsd: 'FUNSD (entities and links)',
  labelstudio: 'Label Studio (tasks with predictions)',
  csv: 'CSV (one row per document)',
}

/** Statuses worth exporting: what a person or the rules decided. */
export const EXPORT_STATUSES: readonly DocumentStatus[] = [
  'validated',
  'auto_approved',
  'to_review',
  'rejected',
]

/** The dialog as typed: numbers stay text until Export is pressed. */
export interface ExportFormValues {
  format: ExportFormat
  outDir: string
  statuses: DocumentStatus[]
  from: string
  to: string
  dateBasis: 'invoice' | 'import'
  supplier: string
  split: [string, string, string]
  dpi: string
  /** 'auto': the format decides (Donut and LayoutLM want images, CSV does not). */
  images: 'auto' | 'on' | 'off'
  dropPersonal: boolean
  force: boolean
}

export type ExportFormErrors = Partial<
  Record<'outDir' | 'statuses' | 'dates' | 'split' | 'dpi', string>
>

export const DEFAULT_EXPORT_FORM: ExportFormValues = {
  format: EXPORT_FORMATS[0],
  outDir: '',
  statuses: ['validated'],
  from: '',
  to: '',
  dateBasis: 'invoice',
  supplier: '',
  split: ['80', '10', '10'],
  dpi: '150',
  images: 'auto',
  dropPersonal: false,
  force: false,
}

const DAY = /^\d{4}-\d{2}-\d{2}$/

export function toExportRequest(
  values: ExportFormValues,
): { ok: true; request: RequestOf<'exportTrainingSet'> } | { ok: false; errors: ExportFormErrors } {
  const errors: ExportFormErrors = {}
  const outDir = values.outDir.trim()
  if (!outDir) errors.outDir = 'Enter the folder to write into, e.g. /home/anna/exports/march.'
  if (values.statuses.length === 0) errors.statuses = 'Choose at least one status.'
  const badDay = [values.from, values.to].some((d) => d !== '' && !DAY.test(d))
  if (badDay || (values.from && values.to && values.from > values.to)) {
    errors.dates = 'Enter dates as YYYY-MM-DD, the first not after the second.'
  }
  const split = values.split.map((s) => (s.trim() === '' ? 0 : Number(s))) as [
    number,
    number,
    number,
  ]
  if (split.some((n) => !Number.isFinite(n) || n < 0) || split.every((n) => n === 0)) {
    errors.split = 'Enter non-negative shares, at least one above 0 (e.g. 80 / 10 / 10).'
  }
  const dpi = Number(values.dpi)
  if (!Number.isInteger(dpi) || dpi < 36 || dpi > 600) {
    errors.dpi = 'Enter a whole number from 36 to 600.'
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors }
  const supplier = values.supplier.trim()
  return {
    ok: true,
    request: {
      format: values.format,
      outDir,
      statuses: values.statuses,
      ...(values.from && { from: values.from }),
      ...(values.to && { to: values.to }),
      dateBasis: values.dateBasis,
      ...(supplier && { supplier }),
      split,
      dpi,
      ...(values.images !== 'auto' && { images: values.images === 'on' }),
      dropPersonal: values.dropPersonal,
      force: values.force,
    },
  }
}

/** Share done of an export, 0–1; null before the first progress event. */
export function exportFraction(progress: { done: number; total: number } | null): number | null {
  if (!progress) return null
  return progress.total > 0 ? Math.min(1, progress.done / progress.total) : 0
}

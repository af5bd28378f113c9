import { csvFormat } from './csv'
import { donutFormat } from './donut'
import type { ExportFormat, ExportFormatSpec } from './format'
import { funsdFormat } from './funsd'
import { jsonlFormat } from './jsonl'
import { labelStudioFormat } from './labelstudio'
import { layoutlmFormat } from './layoutlm'

export const FORMATS: Record<ExportFormat, ExportFormatSpec> = {
  jsonl: jsonlFormat,
  layoutlm: layoutlmFormat,
  donut: donutFormat,
  funsd: funsdFormat,
  labelstudio: labelStudioFormat,
  csv: csvFormat,
}

export { EXPORT_FORMATS } from './format'
export type { ExportFormat, ExportFormatSpec } from './format'

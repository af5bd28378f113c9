/** Training-set formats Recto writes; the export service and the app's dialog share this list. */
export const EXPORT_FORMATS = ['jsonl', 'layoutlm', 'donut', 'funsd', 'labelstudio', 'csv'] as const
export type ExportFormat = (typeof EXPORT_FORMATS)[number]

export interface ExportProgress {
  done: number
  total: number
  documentId: number | null
  stage: 'documents' | 'finishing' | 'done'
}

export interface ExportSummary {
  outDir: string
  documents: number
  pages: number
  images: number
  files: number
  warnings: string[]
}

import type { ProgressEvent } from '../../../../shared/documents'
import { formatEta } from '../../lib/format'

export interface ProgressView {
  fileName: string
  stage: string
  documentsDone: number
  documentsTotal: number
  pagesDone: number
  pagesTotal: number
  eta: string
}

const STAGE_LABEL: Record<ProgressEvent['stage'], string> = {
  reading: 'Reading',
  ocr: 'Recognising text',
  extracting: 'Extracting fields',
  done: 'Done',
  failed: 'Failed',
  cancelled: 'Cancelled',
}

/** What the progress bar shows; null once the batch is finished or cancelled. */
export function progressView(event: ProgressEvent | null): ProgressView | null {
  if (!event || event.stage === 'cancelled') return null
  if (event.documentsTotal === 0 || event.documentsDone >= event.documentsTotal) return null
  return {
    fileName: event.fileName,
    stage: STAGE_LABEL[event.stage],
    documentsDone: event.documentsDone,
    documentsTotal: event.documentsTotal,
    pagesDone: Math.min(event.pagesDone, event.pagesTotal),
    pagesTotal: event.pagesTotal,
    eta: formatEta(event.etaMs),
  }
}

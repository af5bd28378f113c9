import type { DocumentStatus } from '../../shared/documents'
import { RectoError } from '../../shared/errors'
import type { ReadableDb } from '../db/handles'
import { listExportCandidates } from './exportQueries'
import type { CandidateRow } from './exportQueries'

export interface ExportFilter {
  /** Default: validated only. */
  statuses: DocumentStatus[]
  /** Inclusive ISO dates (YYYY-MM-DD). */
  from?: string
  to?: string
  /**
   * `invoice`: the document's invoice_date field (documents without one are left out when a range
   * is given); `import`: the day it was imported (UTC).
   */
  dateBasis: 'invoice' | 'import'
  /** Case-insensitive part of the supplier name. */
  supplier?: string
}

export const DEFAULT_FILTER: ExportFilter = { statuses: ['validated'], dateBasis: 'invoice' }

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/

/** Ids of the documents to export, in id order (small, so rendering can await between them). */
export function selectDocuments(db: ReadableDb, filter: ExportFilter): CandidateRow[] {
  for (const date of [filter.from, filter.to]) {
    if (date !== undefined && !ISO_DATE.test(date)) {
      throw new RectoError('bad_date', `Dates are written YYYY-MM-DD, not "${date}".`)
    }
  }
  const supplier = filter.supplier ? fold(filter.supplier) : null
  return listExportCandidates(db, filter.statuses).filter((row) => {
    const date = filter.dateBasis === 'invoice' ? row.invoice_date : row.created_at.slice(0, 10)
    if ((filter.from || filter.to) && !date) return false
    if (filter.from && date! < filter.from) return false
    if (filter.to && date! > filter.to) return false
    return !supplier || fold(row.supplier_name ?? '').includes(supplier)
  })
}

function fold(text: string): string {
  return text.normalize('NFKC').toLocaleLowerCase().replace(/\s+/g, ' ').trim()
}

import type { AuditEntry, AuditPage, EditAction } from '../../shared/documents'
import { RectoError } from '../../shared/errors'
import type { ReadableDb } from '../db/handles'
import { toEditRow } from '../db/repositories/edits'
import type { EditDbRow } from '../db/repositories/edits'
import { prepared } from '../db/statements'
import { boundsSql, timeBounds } from './auditRange'

export interface AuditFilter {
  documentId?: number
  user?: string
  action?: EditAction
  from?: string
  to?: string
  /** File name, supplier name or invoice number (substring), or a document id. */
  search?: string
  limit?: number
  offset?: number
  /** The app shows the newest first; the CLI prints the log in the order it was written. */
  oldestFirst?: boolean
}

interface AuditDbRow extends EditDbRow {
  file_name: string
  supplier_name: string | null
}

/**
 * The edit log with its documents, newest first. Only the filters given become SQL conditions,
 * so a user or document filter is served by its index rather than `@x IS NULL OR …` scans.
 */
export function listAudit(db: ReadableDb, filter: AuditFilter): AuditPage {
  const { where, params } = auditWhere(filter)
  const total = (
    prepared(
      db,
      `SELECT count(*) AS n FROM edits e JOIN documents d ON d.id = e.document_id ${where}`,
    ).get(params) as { n: number }
  ).n
  const rows = prepared(
    db,
    `SELECT e.*, d.file_name,
       (SELECT value FROM fields f
         WHERE f.document_id = d.id AND f.line = 0 AND f.key = 'supplier_name') AS supplier_name
     FROM edits e JOIN documents d ON d.id = e.document_id ${where}
     ORDER BY e.id ${filter.oldestFirst ? 'ASC' : 'DESC'} LIMIT @limit OFFSET @offset`,
  ).all({ ...params, limit: filter.limit ?? -1, offset: filter.offset ?? 0 }) as AuditDbRow[]
  return { entries: rows.map(toAuditEntry), total }
}

function auditWhere(filter: AuditFilter): { where: string; params: Record<string, unknown> } {
  const clauses: string[] = []
  const params: Record<string, unknown> = {}
  if (filter.documentId !== undefined) {
    clauses.push('e.document_id = @documentId')
    params.documentId = filter.documentId
  }
  if (filter.user?.trim()) {
    clauses.push('e.user = @user')
    params.user = filter.user.trim()
  }
  if (filter.action) {
    clauses.push('e.action = @action')
    params.action = filter.action
  }
  let bounds
  try {
    bounds = boundsSql('e.at', timeBounds(filter.from, filter.to))
  } catch (error) {
    throw new RectoError('invalid_request', (error as Error).message)
  }
  clauses.push(...bounds.clauses)
  Object.assign(params, bounds.params)
  const search = filter.search?.trim()
  if (search) {
    clauses.push(`(d.file_name LIKE @search ESCAPE '\\' OR d.id = @searchId OR EXISTS (
      SELECT 1 FROM fields s WHERE s.document_id = d.id AND s.line = 0
        AND s.key IN ('supplier_name', 'invoice_id') AND s.value LIKE @search ESCAPE '\\'))`)
    params.search = `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`
    params.searchId = /^\d+$/.test(search) ? Number(search) : -1
  }
  return { where: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params }
}

function toAuditEntry(row: AuditDbRow): AuditEntry {
  return { ...toEditRow(row), fileName: row.file_name, supplierName: row.supplier_name }
}

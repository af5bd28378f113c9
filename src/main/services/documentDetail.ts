import type { DocumentDetail, DocumentSummary, LineItemState } from '../../shared/documents'
import { DOCUMENT_STATUSES } from '../../shared/documents'
import { RectoError } from '../../shared/errors'
import type { Check, LineItemKey } from '../../shared/fields'
import type { ReadableDb } from '../db/handles'
import { getDocumentRow, listSummaryRows, toSummary } from '../db/repositories/documents'
import { listEdits } from '../db/repositories/edits'
import { listFields } from '../db/repositories/fields'
import { listPages } from '../db/repositories/pages'

export function documentSummary(db: ReadableDb, id: number): DocumentSummary {
  const [row] = listSummaryRows(db, 'WHERE d.id = ?', [id])
  if (!row) throw notFound(id)
  return toSummary(row)
}

export function listDocumentSummaries(
  db: ReadableDb,
  query: { status?: readonly string[]; search?: string },
): DocumentSummary[] {
  const statuses = query.status?.filter((s) => (DOCUMENT_STATUSES as readonly string[]).includes(s))
  const clauses: string[] = []
  const params: unknown[] = []
  if (statuses?.length) {
    clauses.push(`d.status IN (${statuses.map(() => '?').join(', ')})`)
    params.push(...statuses)
  }
  const search = query.search?.trim()
  if (search) {
    clauses.push(`(d.file_name LIKE @search ESCAPE '\\' OR EXISTS (SELECT 1 FROM fields s
      WHERE s.document_id = d.id AND s.line = 0 AND s.value LIKE @search ESCAPE '\\'))`)
    params.push({ search: `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%` })
  }
  const where = clauses.length ? `WHERE ${clauses.join(' AND ')}` : ''
  return listSummaryRows(db, where, params).map(toSummary)
}

export function documentDetail(db: ReadableDb, id: number): DocumentDetail {
  const row = getDocumentRow(db, id)
  if (!row) throw notFound(id)
  const fields = listFields(db, id)
  const lines = new Map<number, LineItemState>()
  for (const f of fields) {
    if (f.line === 0) continue
    const line = lines.get(f.line) ?? { line: f.line, cells: {} }
    line.cells[f.key as LineItemKey] = f
    lines.set(f.line, line)
  }
  const comments = listEdits(db, { documentId: id, action: 'comment' }).map((e) => ({
    at: e.at,
    user: e.user,
    text: e.newValue ?? '',
  }))
  return {
    document: documentSummary(db, id),
    pages: listPages(db, id),
    fields: fields.filter((f) => f.line === 0),
    lineItems: [...lines.values()].sort((a, b) => a.line - b.line),
    checks: JSON.parse(row.checks_json) as Check[],
    comments,
    rejectReason: row.reject_reason,
  }
}

function notFound(id: number): RectoError {
  return new RectoError('not_found', `Document ${id} does not exist.`)
}

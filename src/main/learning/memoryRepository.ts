import type { BBox, HeaderFieldKey } from '../../shared/fields'
import type { ReadableDb, WritableDb } from '../db/handles'
import { nowIso, prepared } from '../db/statements'
import type { MemoryEntry, MemoryLayout } from './types'

/** Supplier ids for whichever of the keys are known. */
export function findSupplierKeys(db: ReadableDb, keys: readonly string[]): { key: string; supplierId: number }[] {
  const get = prepared(db, 'SELECT supplier_id AS supplierId FROM supplier_keys WHERE key = ?')
  const out: { key: string; supplierId: number }[] = []
  for (const key of keys) {
    const row = get.get(key) as { supplierId: number } | undefined
    if (row) out.push({ key, supplierId: row.supplierId })
  }
  return out
}

export function createSupplier(db: WritableDb, name: string): number {
  const at = nowIso()
  return Number(
    prepared(db, 'INSERT INTO suppliers (name, created_at, updated_at) VALUES (?, ?, ?)').run(name, at, at)
      .lastInsertRowid,
  )
}

/** A key already held by another supplier stays with it: the first confirmation claimed it. */
export function addSupplierKeys(db: WritableDb, supplierId: number, keys: readonly string[]): void {
  const insert = prepared(db, 'INSERT OR IGNORE INTO supplier_keys (key, supplier_id) VALUES (?, ?)')
  for (const key of keys) insert.run(key, supplierId)
}

interface MemoryRow {
  id: number
  field_key: HeaderFieldKey
  page: number
  page_width: number
  page_height: number
  x0: number
  y0: number
  x1: number
  y1: number
  label: string
  relation: MemoryEntry['relation']
  lx0: number | null
  ly0: number | null
  lx1: number | null
  ly1: number | null
  last_value: string
  hits: number
  misses: number
}

export function listMemory(db: ReadableDb, supplierId: number): MemoryEntry[] {
  const rows = prepared(db, 'SELECT * FROM supplier_memory WHERE supplier_id = ? ORDER BY id').all(
    supplierId,
  ) as MemoryRow[]
  return rows.map((r) => ({
    id: r.id,
    field: r.field_key,
    page: r.page,
    pageWidth: r.page_width,
    pageHeight: r.page_height,
    box: [r.x0, r.y0, r.x1, r.y1],
    label: r.label,
    relation: r.relation,
    labelBox:
      r.lx0 === null || r.ly0 === null || r.lx1 === null || r.ly1 === null
        ? null
        : ([r.lx0, r.ly0, r.lx1, r.ly1] as BBox),
    lastValue: r.last_value,
    hits: r.hits,
    misses: r.misses,
  }))
}

/** Remembers (or moves) where a field was, keeping its hit and miss counts. */
export function upsertMemory(
  db: WritableDb,
  supplierId: number,
  field: HeaderFieldKey,
  layout: MemoryLayout,
  value: string,
  documentId: number,
): void {
  const [lx0, ly0, lx1, ly1] = layout.labelBox ?? [null, null, null, null]
  prepared(
    db,
    `INSERT INTO supplier_memory (supplier_id, field_key, page, page_width, page_height, x0, y0, x1, y1,
       label, relation, lx0, ly0, lx1, ly1, last_value, learned_from, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (supplier_id, field_key) DO UPDATE SET page = excluded.page,
       page_width = excluded.page_width, page_height = excluded.page_height, x0 = excluded.x0,
       y0 = excluded.y0, x1 = excluded.x1, y1 = excluded.y1, label = excluded.label,
       relation = excluded.relation, lx0 = excluded.lx0, ly0 = excluded.ly0, lx1 = excluded.lx1,
       ly1 = excluded.ly1, last_value = excluded.last_value, learned_from = excluded.learned_from,
       updated_at = excluded.updated_at`,
  ).run(supplierId, field, layout.page, layout.pageWidth, layout.pageHeight, ...layout.box, layout.label,
    layout.relation, lx0, ly0, lx1, ly1, value, documentId, nowIso())
}

export function countMemory(db: ReadableDb, hit: boolean, memoryId: number): void {
  prepared(
    db,
    hit ? 'UPDATE supplier_memory SET hits = hits + 1 WHERE id = ?' : 'UPDATE supplier_memory SET misses = misses + 1 WHERE id = ?',
  ).run(memoryId)
}

export function replaceProposals(
  db: WritableDb,
  documentId: number,
  proposals: readonly { memoryId: number; field: HeaderFieldKey; value: string }[],
): void {
  prepared(db, 'DELETE FROM memory_proposals WHERE document_id = ?').run(documentId)
  const insert = prepared(
    db,
    'INSERT INTO memory_proposals (document_id, memory_id, field_key, value) VALUES (?, ?, ?, ?)',
  )
  for (const p of proposals) insert.run(documentId, p.memoryId, p.field, p.value)
}

/** Takes a document's open proposals: each is scored once, at its first confirmation. */
export function takeProposals(
  db: WritableDb,
  documentId: number,
): { memoryId: number; field: HeaderFieldKey; value: string }[] {
  const rows = prepared(
    db,
    'SELECT memory_id AS memoryId, field_key AS field, value FROM memory_proposals WHERE document_id = ?',
  ).all(documentId) as { memoryId: number; field: HeaderFieldKey; value: string }[]
  prepared(db, 'DELETE FROM memory_proposals WHERE document_id = ?').run(documentId)
  return rows
}

export function memoryStats(db: ReadableDb): { suppliers: number; entries: number; hits: number; misses: number } {
  return prepared(
    db,
    `SELECT (SELECT count(*) FROM suppliers) AS suppliers, count(*) AS entries,
       coalesce(sum(hits), 0) AS hits, coalesce(sum(misses), 0) AS misses FROM supplier_memory`,
  ).get() as { suppliers: number; entries: number; hits: number; misses: number }
}

/** Marks which stored fields memory produced, with the version that produced them. */
export function tagLearnedFields(db: WritableDb, documentId: number, keys: readonly string[], version: string): void {
  const update = prepared(db, 'UPDATE fields SET model_version = ? WHERE document_id = ? AND line = 0 AND key = ?')
  for (const key of keys) update.run(version, documentId, key)
}

import type { Check, Extraction } from '../../shared/fields'
import type { ReadableDb } from '../db/handles'
import { prepared } from '../db/statements'

/**
 * Adds the one check the pure validator cannot make: is this invoice (same supplier, same number)
 * already in the database? Paying an invoice twice is the costliest mistake a clerk can make.
 */
export function withDuplicateCheck(db: ReadableDb, documentId: number, extraction: Extraction): Check[] {
  const checks = extraction.checks.filter((c) => c.id !== 'duplicate')
  const invoiceId = extraction.fields.invoice_id?.value
  const supplier = extraction.fields.supplier_name?.value
  if (!invoiceId || !supplier) return checks
  const other = prepared(
    db,
    `SELECT a.document_id AS id FROM fields a JOIN fields b ON a.document_id = b.document_id
     JOIN documents d ON d.id = a.document_id
     WHERE a.line = 0 AND a.key = 'invoice_id' AND upper(a.value) = upper(?)
       AND b.line = 0 AND b.key = 'supplier_name' AND lower(b.value) = lower(?)
       AND a.document_id <> ? AND d.status <> 'rejected' LIMIT 1`,
  ).get(invoiceId, supplier, documentId) as { id: number } | undefined
  checks.push({
    id: 'duplicate',
    ok: !other,
    message: other
      ? `Possible duplicate: document ${other.id} has the same supplier and invoice number.`
      : 'No other invoice with this supplier and number.',
    fields: ['invoice_id', 'supplier_name'],
  })
  return checks
}

import type { Role } from '../../shared/documents'
import { RectoError } from '../../shared/errors'
import { FOUR_EYES_OFF } from '../../shared/settings'
import type { FourEyes } from '../../shared/settings'
import type { ReadableDb } from '../db/handles'
import type { DocumentRow } from '../db/repositories/documents'
import { prepared } from '../db/statements'

/** Roles that may give the second confirmation. */
export const SECOND_REVIEWER_ROLES: readonly Role[] = ['reviewer', 'supervisor']

/**
 * The first 32 bits of the document's hash as a number in [0, 1): the same document always
 * falls inside or outside the sample, on every machine and after every restart.
 */
export function sampleRank(sha256: string): number {
  const head = Number.parseInt(sha256.slice(0, 8), 16)
  return Number.isFinite(head) ? head / 2 ** 32 : 1
}

/** Whether a document needs a second person under the rule; false while the rule is off. */
export function needsSecondReview(
  rule: FourEyes | undefined,
  doc: { sha256: string; totalAmount: string | null },
): boolean {
  const { enabled, amountOver, sampleShare } = rule ?? FOUR_EYES_OFF
  if (!enabled) return false
  const total = doc.totalAmount === null ? NaN : Number(doc.totalAmount)
  if (amountOver !== null && Number.isFinite(total) && total > amountOver) return true
  return sampleRank(doc.sha256) < sampleShare
}

/** Who gave the first confirmation of the document's current second stage. */
export function firstConfirmer(db: ReadableDb, documentId: number): string | null {
  const row = prepared(
    db,
    `SELECT user FROM edits
     WHERE document_id = ? AND action = 'confirm' AND new_value = 'second_stage'
     ORDER BY id DESC LIMIT 1`,
  ).get(documentId) as { user: string } | undefined
  return row?.user ?? null
}

/**
 * Refuses the second confirmation from whoever gave the first. (That the second person is a
 * reviewer or supervisor is checked before any change to a handed-over document.)
 */
export function assertDifferentReviewer(db: ReadableDb, doc: DocumentRow, name: string): void {
  if (firstConfirmer(db, doc.id) === name) {
    throw new RectoError(
      'four_eyes',
      `${name} gave the first confirmation; a different reviewer must give the second.`,
    )
  }
}

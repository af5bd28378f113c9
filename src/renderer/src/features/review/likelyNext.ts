import type { DocumentSummary } from '../../../../shared/documents'

/**
 * The document Ctrl+Enter will most likely open next, by main's own rule (nextToReview in
 * src/main/db/repositories/documents.ts): the next document to review after this one by id,
 * wrapping round, in the same review stage. Only a guess, used to load its pages ahead of time;
 * main still decides.
 */
export function likelyNextToReview(
  documents: readonly DocumentSummary[],
  currentId: number,
): DocumentSummary | null {
  const stage = documents.find((d) => d.id === currentId)?.reviewStage ?? 'first'
  const candidates = documents.filter(
    (d) => d.status === 'to_review' && d.id !== currentId && d.reviewStage === stage,
  )
  const after = candidates.filter((d) => d.id > currentId)
  const pool = after.length > 0 ? after : candidates
  return pool.reduce<DocumentSummary | null>((best, d) => (best && best.id < d.id ? best : d), null)
}

import { describe, expect, it } from 'vitest'
import type { DocumentStatus, DocumentSummary, ReviewStage } from '../../../../shared/documents'
import { documentSummary } from '../../test/documentSummary'
import { likelyNextToReview } from './likelyNext'

const doc = (id: number, status: DocumentStatus, reviewStage: ReviewStage = 'first'): DocumentSummary =>
  documentSummary(id, { status, reviewStage })

describe('likelyNextToReview', () => {
  const queue = [doc(9, 'to_review'), doc(2, 'to_review'), doc(5, 'validated'), doc(7, 'to_review'), doc(4, 'to_review')]

  it('takes the next document to review by id, skipping other statuses', () => {
    expect(likelyNextToReview(queue, 4)?.id).toBe(7)
    expect(likelyNextToReview(queue, 5)?.id).toBe(7)
  })

  it('wraps round to the lowest id after the last one', () => {
    expect(likelyNextToReview(queue, 9)?.id).toBe(2)
  })

  it('stays in the review stage of the current document', () => {
    const mixed = [doc(3, 'to_review', 'second'), doc(4, 'to_review'), doc(6, 'to_review', 'second')]
    expect(likelyNextToReview(mixed, 3)?.id).toBe(6)
    expect(likelyNextToReview(mixed, 4)).toBeNull()
  })

  it('has nothing to offer when nothing else waits', () => {
    expect(likelyNextToReview([doc(1, 'to_review')], 1)).toBeNull()
  })
})

import { describe, expect, it } from 'vitest'
import type { DocumentSummary } from '../../../../shared/documents'
import { documentSummary } from '../../test/documentSummary'
import { importBatches, sortDocuments } from './queueModel'

const doc = documentSummary

const docs = [
  doc(1, { createdAt: '2025-01-03T00:00:00Z', minConfidence: 0.9, supplierName: 'beta' }),
  doc(2, { createdAt: '2025-01-01T00:00:00Z' }),
  doc(3, { createdAt: '2025-01-02T00:00:00Z', minConfidence: 0.2, supplierName: 'Alpha' }),
].map((d, i) => ({ ...d, totalAmount: ['9.50', null, '100.00'][i] ?? null }))
const ids = (list: DocumentSummary[]) => list.map((d) => d.id)

describe('sortDocuments', () => {
  it('sorts oldest first by age', () => {
    expect(ids(sortDocuments(docs, 'age'))).toEqual([2, 3, 1])
  })

  it('puts the lowest confidence first and unknown ones last', () => {
    expect(ids(sortDocuments(docs, 'confidence'))).toEqual([3, 1, 2])
  })

  it('sorts suppliers case-insensitively, missing last', () => {
    expect(ids(sortDocuments(docs, 'supplier'))).toEqual([3, 1, 2])
  })

  it('sorts totals numerically, highest first', () => {
    expect(ids(sortDocuments(docs, 'total'))).toEqual([3, 1, 2])
  })

  it('does not touch its input', () => {
    sortDocuments(docs, 'age')
    expect(ids(docs)).toEqual([1, 2, 3])
  })
})

describe('importBatches', () => {
  const files = (sizes: number[]) => sizes.map((size, i) => ({ name: String(i), size }))
  const MB = 1024 * 1024

  it('caps a batch at 50 files', () => {
    const batches = importBatches(files(Array<number>(120).fill(1)))
    expect(batches.map((b) => b.length)).toEqual([50, 50, 20])
  })

  it('caps a batch at 128 MB, sending a bigger file alone', () => {
    const sizes = importBatches(files([100 * MB, 20 * MB, 300 * MB, 1 * MB]))
    expect(sizes.map((b) => b.map((f) => f.name))).toEqual([['0', '1'], ['2'], ['3']])
  })

  it('makes no batch from nothing', () => {
    expect(importBatches([])).toEqual([])
  })
})

import { describe, expect, it } from 'vitest'
import type { ProgressEvent } from '../../../../shared/documents'
import { progressView } from './progressModel'

const event = (over: Partial<ProgressEvent>): ProgressEvent => ({
  documentId: 1,
  fileName: 'a.pdf',
  stage: 'ocr',
  pagesDone: 1,
  pagesTotal: 3,
  documentsDone: 2,
  documentsTotal: 5,
  etaMs: 90_000,
  ...over,
})

describe('progressView', () => {
  it('shows a running batch', () => {
    expect(progressView(event({}))).toEqual({
      fileName: 'a.pdf',
      stage: 'Recognising text',
      documentsDone: 2,
      documentsTotal: 5,
      pagesDone: 1,
      pagesTotal: 3,
      eta: 'about 2 min',
    })
  })

  it('hides when the batch is done or cancelled', () => {
    expect(progressView(null)).toBeNull()
    expect(progressView(event({ stage: 'done', documentsDone: 5 }))).toBeNull()
    expect(progressView(event({ stage: 'cancelled' }))).toBeNull()
  })

  it('keeps showing after one document fails while others remain', () => {
    expect(progressView(event({ stage: 'failed', documentsDone: 3 }))?.stage).toBe('Failed')
  })
})

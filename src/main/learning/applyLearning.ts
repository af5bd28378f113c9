import type { Extraction, HeaderFieldKey } from '../../shared/fields'
import type { PageWords } from '../../shared/words'
import type { ReadableDb, WritableDb } from '../db/handles'
import { applyMemory } from './apply'
import { findSupplierKeys, listMemory, replaceProposals, tagLearnedFields } from './memoryRepository'
import { mergeLearned } from './merge'
import { bestSupplier, candidateKeys } from './supplier'
import type { LearnedValue } from './types'

export interface AppliedLearning {
  extraction: Extraction
  supplierId: number | null
  proposals: LearnedValue[]
}

/**
 * What the supplier's memory says about a freshly extracted document (the active trained model
 * already chose and scored its values in the pipeline worker). Reads only; recordLearning stores
 * the outcome once the fields are saved.
 */
export function applyLearning(db: ReadableDb, pages: readonly PageWords[], extraction: Extraction): AppliedLearning {
  const supplierId = bestSupplier(findSupplierKeys(db, candidateKeys(pages, extraction)))
  if (supplierId === null) return { extraction, supplierId, proposals: [] }
  const proposals = applyMemory(listMemory(db, supplierId), pages)
  return { extraction: mergeLearned(extraction, proposals), supplierId, proposals }
}

/** Stores what memory proposed (scored when the document is confirmed) and tags learned fields. */
export function recordLearning(db: WritableDb, documentId: number, applied: AppliedLearning): void {
  replaceProposals(db, documentId, applied.proposals)
  const learned = (Object.entries(applied.extraction.fields) as [HeaderFieldKey, { source: string }][])
    .filter(([, f]) => f.source === 'learned')
    .map(([key]) => key)
  tagLearnedFields(db, documentId, learned, `${applied.extraction.modelVersion}+memory`)
}

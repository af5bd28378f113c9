import type { HeaderFieldKey } from '../../shared/fields'
import type { WritableDb } from '../db/handles'
import { getDocumentRow } from '../db/repositories/documents'
import { listFields } from '../db/repositories/fields'
import { loadPageWords } from '../db/repositories/pages'
import { locateValue } from './locate'
import {
  addSupplierKeys,
  countMemory,
  createSupplier,
  findSupplierKeys,
  takeProposals,
  upsertMemory,
} from './memoryRepository'
import { decisionsFrom } from './decisions'
import { countTeachingDocuments, loadEvidence, replaceRankerSamples } from './evidenceRepository'
import { replaceSamples } from './modelRepository'
import { RETRAIN_EVERY, retrainModel, type RetrainResult } from './retrain'
import { bestSupplier, supplierKeys } from './supplier'
import { MEMORY_FIELDS, sameValue } from './values'

export interface Lesson {
  supplierId: number | null
  remembered: HeaderFieldKey[]
  hits: number
  misses: number
  samples: number
  /** Ranking decisions logged: fields whose weighed values were compared with the final one. */
  decisions: number
  retrained: RetrainResult | null
}

/**
 * What a confirmed document teaches; call inside the confirmation's transaction, and only there
 * (documents nobody confirmed never teach). Scores memory's proposals for this document (hit or
 * miss), remembers where each confirmed value stood for its supplier, logs one decision per field
 * for the ranker and the confidence model from the evidence processing stored (nothing is
 * extracted again here), and retrains both every RETRAIN_EVERY confirmed documents.
 */
export function learnFromConfirmed(db: WritableDb, documentId: number): Lesson {
  const doc = getDocumentRow(db, documentId)
  if (doc?.status !== 'validated') throw new Error(`document ${documentId} is not confirmed; it cannot teach`)
  const header = listFields(db, documentId).filter((f) => f.line === 0 && f.value !== '')
  const values: Partial<Record<HeaderFieldKey, string>> = {}
  for (const f of header) values[f.key as HeaderFieldKey] = f.value
  const pages = [...loadPageWords(db, documentId).values()]

  let hits = 0
  let misses = 0
  for (const p of takeProposals(db, documentId)) {
    const final = values[p.field]
    const hit = final !== undefined && sameValue(p.field, final, p.value)
    countMemory(db, hit, p.memoryId)
    if (hit) hits++
    else misses++
  }

  const remembered: HeaderFieldKey[] = []
  const keys = supplierKeys(values)
  let supplierId: number | null = null
  if (keys.length > 0) {
    supplierId = bestSupplier(findSupplierKeys(db, keys)) ?? createSupplier(db, values.supplier_name ?? keys[0] ?? '')
    addSupplierKeys(db, supplierId, keys)
    for (const field of MEMORY_FIELDS) {
      const value = values[field]
      const state = header.find((f) => f.key === field)
      if (value === undefined || !state) continue
      const layout = locateValue(pages, field, value, { page: state.page, bbox: state.bbox })
      if (!layout) continue
      upsertMemory(db, supplierId, field, layout, value, documentId)
      remembered.push(field)
    }
  }

  // the extraction's own reading of the words, judged by what the clerk confirmed
  const evidence = loadEvidence(db, documentId)
  const { confidence, ranking } = evidence ? decisionsFrom(evidence, values) : { confidence: [], ranking: [] }
  replaceSamples(db, documentId, confidence)
  replaceRankerSamples(db, documentId, ranking)
  const confirmed = countTeachingDocuments(db)
  const retrained = evidence && confirmed > 0 && confirmed % RETRAIN_EVERY === 0 ? retrainModel(db) : null
  return { supplierId, remembered, hits, misses, samples: confidence.length, decisions: ranking.length, retrained }
}

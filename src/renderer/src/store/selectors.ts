import type { DocumentDetail } from '../../../shared/documents'
import { flaggedFieldIds, navigationOrder } from '../features/review/form/formModel'
import type { FieldRef } from '../lib/fieldRef'

/**
 * Derived views of a DocumentDetail, computed once per detail object: every input of the form
 * asks for them on each store change, and a new detail only arrives after a write.
 */
function memoByDetail<T>(compute: (detail: DocumentDetail) => T) {
  const cache = new WeakMap<DocumentDetail, T>()
  return (detail: DocumentDetail): T => {
    let value = cache.get(detail)
    if (value === undefined) {
      value = compute(detail)
      cache.set(detail, value)
    }
    return value
  }
}

export const flaggedIdsOf: (detail: DocumentDetail) => ReadonlySet<string> =
  memoByDetail(flaggedFieldIds)

export const orderOf: (detail: DocumentDetail) => readonly FieldRef[] =
  memoByDetail(navigationOrder)

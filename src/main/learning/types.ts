import type { BBox, HeaderFieldKey } from '../../shared/fields'

/** Where a field sat on a supplier's confirmed document: plain data, stored in supplier_memory. */
export interface MemoryLayout {
  page: number
  pageWidth: number
  pageHeight: number
  /** The value's box in PDF points. */
  box: BBox
  /** Folded words left of or above the value, '' when it stood alone. */
  label: string
  relation: 'left' | 'above' | 'none'
  labelBox: BBox | null
}

export interface MemoryEntry extends MemoryLayout {
  id: number
  field: HeaderFieldKey
  lastValue: string
  /** Later confirmed documents whose final value equalled memory's proposal, and those that did not. */
  hits: number
  misses: number
}

/** A value memory read from a new page, before it is weighed against the rules' value. */
export interface LearnedValue {
  memoryId: number
  field: HeaderFieldKey
  value: string
  raw: string
  page: number
  bbox: BBox
  /** False when the label was not found and the remembered position alone was used. */
  anchored: boolean
  confidence: number
  /** The memory's track record alone (memoryConfidence), before the label penalty. */
  history: number
}

/** The model version extraction uses now, for the metrics view. */
export interface ModelInfo {
  /** 'rules-1' while nothing was trained: the shipped weights. */
  activeVersion: string
  /** When the active version was trained; null for the shipped weights. */
  trainedAt: string | null
  /** Logged decisions the active version was trained on (0 for the shipped weights). */
  trainingSize: number
  /** Trained versions kept in the database. */
  trainedVersions: number
}

/** What a retraining of the extractor's learned parts produced, for the metrics view and the CLI. */
export interface RetrainSummary {
  /** The new model version, which every later extraction uses. */
  version: string
  /** The version it replaced ('rules-1' for the shipped rules). */
  previousVersion: string
  /** Confirmed documents whose decisions were logged. */
  documents: number
  /** How sure Recto is: a logistic model over each confirmed field's features. */
  confidence: {
    samples: number
    logLossBefore: number
    logLossAfter: number
    eceBefore: number
    eceAfter: number
  }
  /**
   * Which value a field takes. Measured on the logged decisions it was trained on (fields where
   * several values were weighed and one was the clerk's); `noMatch` fields had none of the clerk's.
   * The loss is the mean pairwise margin loss: how far other values came within reach of the clerk's.
   */
  ranker: {
    decisions: number
    noMatch: number
    lossBefore: number
    lossAfter: number
    top1Before: number | null
    top1After: number | null
  }
}

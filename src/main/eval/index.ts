export { matchValue } from './match'
export { scoreDocuments, groupOf, kindOf, calibration } from './score'
export type { EvalReport, EvalRow, ScoredField, Tally, TruthEntry } from './score'
export { formatEvalReport } from './format'

import type { WritableDb } from '../db/handles'
import { FEATURE_KEYS, FEATURE_SIGNS, WEIGHTS, probability } from '../extraction/confidence'
import { EXTRACTOR_VERSION } from '../extraction'
import { DEFAULT_RANKER_WEIGHTS } from '../extraction/rankerFeatures'
import { calibration } from '../eval/score'
import { countTeachingDocuments, listRankerSamples } from './evidenceRepository'
import { activeModel, insertModelVersion, listModelVersions, listSamples, type Sample, type Weights } from './modelRepository'
import { decisionsOf, fitRanker, rankerReport } from './rankerFit'

/** Confirmed documents between automatic retrainings. */
export const RETRAIN_EVERY = 20
/** Fewer decisions than this cannot move a nine-weight model sensibly. */
export const MIN_SAMPLES = 30

export interface RetrainResult {
  version: string
  previousVersion: string
  trainingSize: number
  metrics: Record<string, number>
}

/**
 * Refits both learned parts of the extractor from the logged decisions and stores them as one new
 * model version, which every later extraction uses: the candidate ranker (which value a field
 * takes: each confirmed field's weighed values and which one the clerk kept) and the confidence
 * model (how sure Recto is: each confirmed field's features and whether the clerk kept the value).
 * Both fits are pulled towards the current weights, so a few dozen documents adjust the model
 * rather than replace it. Null when fewer than MIN_SAMPLES fields were logged. The ranker's
 * figures are measured on the decisions it was fitted to (see rankerFit), not on unseen ones.
 */
export function retrainModel(db: WritableDb): RetrainResult | null {
  const samples = listSamples(db)
  const rankerSamples = listRankerSamples(db)
  if (Math.max(samples.length, rankerSamples.length) < MIN_SAMPLES) return null
  const current = activeModel(db)
  const weights = samples.length >= MIN_SAMPLES ? fitTowards(samples, current?.weights ?? { ...WEIGHTS }) : (current?.weights ?? { ...WEIGHTS })
  const priorRanker = current?.ranker ?? { ...DEFAULT_RANKER_WEIGHTS }
  const decisions = decisionsOf(rankerSamples)
  const ranker = fitRanker(decisions, priorRanker)
  const before = evaluate(samples, current?.weights ?? WEIGHTS)
  const after = evaluate(samples, weights)
  const rankBefore = rankerReport(decisions, priorRanker)
  const rankAfter = rankerReport(decisions, ranker)
  // rules-1 is the shipped model, version 1; trained ones count on from 2
  const version = `ranker-${listModelVersions(db).length + 2}`
  const metrics = {
    documents: countTeachingDocuments(db),
    samples: samples.length,
    right: samples.filter((s) => s.right).length,
    logLossBefore: before.logLoss,
    logLossAfter: after.logLoss,
    eceBefore: before.ece,
    eceAfter: after.ece,
    rankerSamples: rankerSamples.length,
    rankerDecisions: decisions.length,
    // fields where none of the weighed values was the clerk's: no weights could have helped
    rankerNoMatch: rankerSamples.filter((s) => s.target === null).length,
    rankerLossBefore: rankBefore.loss,
    rankerLossAfter: rankAfter.loss,
    ...(rankBefore.top1 === null ? {} : { top1Before: rankBefore.top1 }),
    ...(rankAfter.top1 === null ? {} : { top1After: rankAfter.top1 }),
  }
  const trainingSize = samples.length + rankerSamples.length
  insertModelVersion(db, { version, weights, ranker, trainingSize, metrics })
  return { version, previousVersion: current?.version ?? EXTRACTOR_VERSION, trainingSize, metrics }
}

export function baseVersion(db: WritableDb): string {
  return activeModel(db)?.version ?? EXTRACTOR_VERSION
}

/** Logistic regression by gradient descent with an L2 pull towards `prior` and the sign limits. */
export function fitTowards(samples: readonly Sample[], prior: Weights, lambda = 2, steps = 3000): Weights {
  const keys = ['bias', ...FEATURE_KEYS] as const
  const w: number[] = keys.map((k) => prior[k])
  const p0 = [...w]
  const xs = samples.map((s) => [1, ...FEATURE_KEYS.map((k) => s.features[k])])
  const n = Math.max(1, samples.length)
  for (let step = 0; step < steps; step++) {
    const grad = new Array<number>(w.length).fill(0)
    xs.forEach((x, i) => {
      const z = x.reduce((sum, v, j) => sum + v * (w[j] as number), 0)
      const err = 1 / (1 + Math.exp(-z)) - ((samples[i] as Sample).right ? 1 : 0)
      x.forEach((v, j) => (grad[j] = (grad[j] as number) + err * v))
    })
    for (let j = 0; j < w.length; j++) {
      const pull = lambda * ((w[j] as number) - (p0[j] as number))
      w[j] = (w[j] as number) - (0.5 * ((grad[j] as number) + pull)) / n
      const key = keys[j] as (typeof keys)[number]
      const sign = key === 'bias' ? 0 : FEATURE_SIGNS[key]
      if (sign * (w[j] as number) < 0) w[j] = 0
    }
  }
  const out = { ...prior }
  keys.forEach((k, j) => (out[k] = Math.round((w[j] as number) * 1000) / 1000))
  return out
}

function evaluate(samples: readonly Sample[], weights: Weights): { logLoss: number; ece: number } {
  const scored = samples.map((s) => ({ confidence: probability(s.features, weights), right: s.right }))
  const eps = 1e-6
  const logLoss =
    -scored.reduce((sum, s) => sum + Math.log(s.right ? Math.max(eps, s.confidence) : Math.max(eps, 1 - s.confidence)), 0) /
    Math.max(1, scored.length)
  return { logLoss: round(logLoss), ece: round(calibration(scored).ece) }
}

function round(n: number): number {
  return Math.round(n * 10000) / 10000
}

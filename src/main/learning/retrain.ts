import type { WritableDb } from '../db/handles'
import { FEATURE_KEYS, FEATURE_SIGNS, WEIGHTS, probability } from '../extraction/confidence'
import { EXTRACTOR_VERSION } from '../extraction'
import { calibration } from '../eval/score'
import { activeModel, insertModelVersion, listModelVersions, listSamples, type Sample, type Weights } from './modelRepository'

/** Confirmed documents between automatic retrainings. */
export const RETRAIN_EVERY = 20
/** Fewer decisions than this cannot move a nine-weight model sensibly. */
const MIN_SAMPLES = 30

export interface RetrainResult {
  version: string
  trainingSize: number
  metrics: Record<string, number>
}

/**
 * Refits the confidence model's weights from the logged decisions (each confirmed field: its
 * features and whether the clerk kept the rules' value) and stores them as a new model version,
 * which every later extraction's confidences use. The fit is pulled towards the current weights
 * (a prior), so a few dozen decisions adjust the model rather than replace it.
 */
export function retrainModel(db: WritableDb): RetrainResult | null {
  const samples = listSamples(db)
  if (samples.length < MIN_SAMPLES) return null
  const current = activeModel(db)?.weights ?? { ...WEIGHTS }
  const weights = fitTowards(samples, current)
  const before = evaluate(samples, current)
  const after = evaluate(samples, weights)
  // rules-1 is the shipped model, version 1; trained ones count on from 2
  const version = `ranker-${listModelVersions(db).length + 2}`
  const metrics = {
    samples: samples.length,
    right: samples.filter((s) => s.right).length,
    logLossBefore: before.logLoss,
    logLossAfter: after.logLoss,
    eceBefore: before.ece,
    eceAfter: after.ece,
  }
  insertModelVersion(db, { version, weights, trainingSize: samples.length, metrics })
  return { version, trainingSize: samples.length, metrics }
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

import { RectoError } from '../../shared/errors'
import type { ModelInfo, RetrainSummary } from '../../shared/learning'
import { EXTRACTOR_VERSION } from '../extraction'
import { activeModel, listModelVersions, retrainModel, MIN_SAMPLES, type RetrainResult } from '../learning'
import type { ServiceContext } from './context'
import { requireRole } from './profiles'

/**
 * Retrains the ranker and the confidence model now, as a supervisor asks from the metrics view
 * or `recto model retrain`; confirmations also retrain every RETRAIN_EVERY documents on their own.
 */
export function retrainNow(ctx: ServiceContext): RetrainSummary {
  requireRole(ctx, ['supervisor'], 'retrain the model')
  const result = ctx.db.transaction(() => retrainModel(ctx.db))()
  if (!result) {
    throw new RectoError(
      'too_few_decisions',
      `Retraining needs at least ${MIN_SAMPLES} confirmed fields; confirm more documents first.`,
    )
  }
  ctx.log('info', `retrained the model on request: ${result.previousVersion} → ${result.version}`)
  return summarise(result)
}

export function modelInfo(ctx: ServiceContext): ModelInfo {
  const active = activeModel(ctx.db)
  return {
    activeVersion: active?.version ?? EXTRACTOR_VERSION,
    trainedAt: active?.createdAt ?? null,
    trainingSize: active?.trainingSize ?? 0,
    trainedVersions: listModelVersions(ctx.db).length,
  }
}

export function summarise(result: RetrainResult): RetrainSummary {
  const m = (key: string): number => result.metrics[key] ?? 0
  const orNull = (key: string): number | null => result.metrics[key] ?? null
  return {
    version: result.version,
    previousVersion: result.previousVersion,
    documents: m('documents'),
    confidence: {
      samples: m('samples'),
      logLossBefore: m('logLossBefore'),
      logLossAfter: m('logLossAfter'),
      eceBefore: m('eceBefore'),
      eceAfter: m('eceAfter'),
    },
    ranker: {
      decisions: m('rankerDecisions'),
      noMatch: m('rankerNoMatch'),
      lossBefore: m('rankerLossBefore'),
      lossAfter: m('rankerLossAfter'),
      top1Before: orNull('top1Before'),
      top1After: orNull('top1After'),
    },
  }
}

import { parseArgs } from 'node:util'
import { listModelVersions } from '../learning'
import { createRecto } from '../services/createRecto'
import { databaseLocation } from './dataOptions'

const USAGE = 'usage: recto model list | retrain [--db FILE] [--json]'

/**
 * `recto model list`: every trained model version with its metrics; `recto model retrain`: retrain
 * the candidate ranker and the confidence model now, as the metrics view's button does.
 */
export async function modelCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { db: { type: 'string' }, json: { type: 'boolean', default: false } },
  })
  const [action] = positionals
  if (action !== 'list' && action !== 'retrain') throw new Error(USAGE)
  const recto = createRecto(databaseLocation(values.db))
  try {
    if (action === 'list') {
      const versions = listModelVersions(recto.ctx.db).map(({ version, trainingSize, metrics, createdAt }) => ({
        version,
        trainingSize,
        createdAt,
        metrics,
      }))
      if (values.json) console.log(JSON.stringify(versions, null, 2))
      else if (versions.length === 0) console.log('no trained model yet: the shipped rules (rules-1) are in use')
      else for (const v of versions) console.log(`${v.version}  ${v.createdAt}  ${v.trainingSize} decisions`)
      return 0
    }
    const summary = recto.handlers.retrainModel()
    if (values.json) {
      console.log(JSON.stringify(summary, null, 2))
      return 0
    }
    const { ranker, confidence } = summary
    const pct = (n: number | null) => (n === null ? '–' : `${(n * 100).toFixed(1)}%`)
    console.log(`${summary.previousVersion} → ${summary.version} from ${summary.documents} confirmed documents`)
    console.log(
      `ranker: ${ranker.decisions} decisions, top choice was the clerk's ${pct(ranker.top1Before)} → ${pct(ranker.top1After)}, ` +
        `loss ${ranker.lossBefore} → ${ranker.lossAfter}`,
    )
    console.log(
      `confidence: ${confidence.samples} fields, log loss ${confidence.logLossBefore} → ${confidence.logLossAfter}, ` +
        `ECE ${confidence.eceBefore} → ${confidence.eceAfter}`,
    )
    return 0
  } finally {
    await recto.close()
  }
}

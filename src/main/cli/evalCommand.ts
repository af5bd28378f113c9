import { parseArgs } from 'node:util'
import { formatEvalReport } from '../eval'
import { runReplay } from './replay'
import { formatReplayReport } from './replayFormat'
import { runEval } from './runEval'

/**
 * `recto eval TRUTH.jsonl [--json] [--replay]`: accuracy, flagging and calibration against a truth
 * manifest; with --replay, a simulated clerk corrects and confirms each document in order on a
 * fresh database, showing what Recto learns from confirmations.
 */
export async function evalCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { json: { type: 'boolean', default: false }, replay: { type: 'boolean', default: false } },
  })
  const [manifest] = positionals
  if (!manifest) throw new Error('usage: recto eval TRUTH.jsonl [--json] [--replay]')
  if (values.replay) {
    const report = await runReplay(manifest, (d, total) =>
      process.stderr.write(`[${d.index}/${total}] ${d.path} ${d.error ? `ERROR ${d.error}` : `${d.right}/${d.scored}`}\n`),
    )
    console.log(values.json ? JSON.stringify(report, null, 2) : formatReplayReport(report))
    return 0
  }
  const report = await runEval(manifest, (o, i, total) =>
    process.stderr.write(`[${i + 1}/${total}] ${o.file} ${o.error ? `ERROR ${o.error.message}` : `${o.millis} ms`}\n`),
  )
  console.log(values.json ? JSON.stringify(report, null, 2) : formatEvalReport(report))
  return 0
}


import { parseArgs } from 'node:util'
import { formatEvalReport } from '../eval'
import { runEval } from './runEval'

/** `recto eval TRUTH.jsonl [--json]`: accuracy, flagging and calibration against a truth manifest. */
export async function evalCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { json: { type: 'boolean', default: false } },
  })
  const [manifest] = positionals
  if (!manifest) throw new Error('usage: recto eval TRUTH.jsonl [--json]')
  const report = await runEval(manifest, (o, i, total) =>
    process.stderr.write(`[${i + 1}/${total}] ${o.file} ${o.error ? `ERROR ${o.error.message}` : `${o.millis} ms`}\n`),
  )
  console.log(values.json ? JSON.stringify(report, null, 2) : formatEvalReport(report))
  return 0
}

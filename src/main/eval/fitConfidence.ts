/**
 * Fits the confidence model's weights (extraction/confidence.ts) by L2-regularised logistic
 * regression on dumped dev words. Prints the weights; paste them into WEIGHTS by hand, so a fit
 * is a reviewed change. Fit on every dev set, never on a held-out one:
 *   npx tsx src/main/eval/fitConfidence.ts <words-dir> <truth.jsonl> [<words-dir> <truth.jsonl> …]
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { HeaderFieldKey } from '../../shared/fields'
import type { PageWords } from '../../shared/words'
import { extractDetailed } from '../extraction'
import { FEATURE_KEYS, FEATURE_SIGNS, type ConfidenceFeatures } from '../extraction/confidence'
import { fitLogistic } from './logistic'
import { matchValue } from './match'

const args = process.argv.slice(2)
if (args.length < 2 || args.length % 2 !== 0) {
  throw new Error('usage: fitConfidence.ts <words-dir> <truth.jsonl> [<words-dir> <truth.jsonl> …]')
}
const xs: number[][] = []
const ys: number[] = []
for (let i = 0; i < args.length; i += 2) addSet(args[i] as string, args[i + 1] as string)

function addSet(wordsDir: string, truthPath: string): void {
  for (const line of readFileSync(truthPath, 'utf8').split('\n')) {
    if (!line.trim()) continue
    const truth = JSON.parse(line) as { path: string; fields: Record<string, string> }
    const pages = JSON.parse(
      readFileSync(join(wordsDir, `${truth.path.replace(/\//g, '__')}.json`), 'utf8'),
    ) as PageWords[]
    const { extraction, features } = extractDetailed(pages)
    for (const [key, f] of Object.entries(features) as [HeaderFieldKey, ConfidenceFeatures][]) {
      const want = truth.fields[key]
      const got = extraction.fields[key]
      if (want === undefined || !got) continue
      xs.push(FEATURE_KEYS.map((k) => f[k]))
      ys.push(matchValue(key, got.value, want) ? 1 : 0)
    }
  }
}
const lambda = Number(process.env.RECTO_L2 ?? 1)
const w = fitLogistic(xs, ys, lambda, FEATURE_KEYS.map((k) => FEATURE_SIGNS[k]))
console.log(`samples ${ys.length}, right ${ys.filter((y) => y === 1).length}, L2 ${lambda}`)
console.log(`bias: ${w[0]?.toFixed(2)},`)
FEATURE_KEYS.forEach((k, i) => console.log(`${k}: ${w[i + 1]?.toFixed(2)},`))

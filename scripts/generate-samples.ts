/**
 * Writes the bundled sample invoices and their truth to resources/samples (`npm run samples`), or
 * with `--sequence DIR --count N` a run of recurring-supplier invoices for correction replays.
 * Deterministic: the same seed gives byte-identical files.
 */
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { planSamples } from './samples/plan'
import { createRng } from './samples/random'
import { generateSupplierSequence } from './samples/sequence'
import { toJsonl, toTruth } from './samples/truth'
import { writeSample } from './samples/write-sample'

const DEFAULT_SEED = 20250403
const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const SAMPLES_DIR = path.join(REPO_ROOT, 'resources/samples')

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      sequence: { type: 'string' },
      count: { type: 'string', default: '20' },
      seed: { type: 'string', default: String(DEFAULT_SEED) },
      out: { type: 'string', default: SAMPLES_DIR },
    },
  })
  const seed = Number(values.seed)
  if (!Number.isSafeInteger(seed)) throw new Error(`--seed must be an integer, got ${values.seed}`)

  if (values.sequence !== undefined) {
    const count = Number(values.count)
    if (!Number.isSafeInteger(count) || count < 1) {
      throw new Error(`--count must be a positive integer, got ${values.count}`)
    }
    const records = await generateSupplierSequence(path.resolve(values.sequence), count, seed)
    console.log(`wrote ${records.length} sequence invoices to ${values.sequence}`)
    return
  }

  const outDir = path.resolve(values.out)
  await mkdir(outDir, { recursive: true })
  const invoices = planSamples(seed)
  for (const invoice of invoices) {
    await writeSample(invoice, outDir, createRng(seed).fork(`scan:${invoice.file}`))
    console.log(`${invoice.file}  ${invoice.kind}  ${invoice.supplier.name}`)
  }
  await writeFile(path.join(outDir, 'truth.jsonl'), toJsonl(invoices.map(toTruth)))
  console.log(`wrote ${invoices.length} samples and truth.jsonl to ${outDir}`)
}

main().catch((error: unknown) => {
  console.error(error)
  process.exitCode = 1
})

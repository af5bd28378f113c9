/**
 * Bundles a benchmark and the pipeline worker into .bench/, so that the benchmark runs plain
 * JavaScript as the built app does. Run from TypeScript source through tsx, every thread that
 * loads pdf.js holds about 300 MB more (measured: pdf.js with a document open, 94 MB RSS under
 * node, 419 MB under tsx), which would swamp the memory figure the benchmark reports.
 *   node scripts/bundle-bench.mjs scripts/bench-ocr.ts   → .bench/bench-ocr.js
 */
import path from 'node:path'
import { build } from 'esbuild'

const entry = process.argv[2]
if (!entry) throw new Error('usage: bundle-bench.mjs scripts/<bench>.ts')
await build({
  // pipelineClient starts `pipelineWorker.js` found beside the code that imports it.
  entryPoints: { [path.basename(entry, '.ts')]: entry, pipelineWorker: 'src/main/pipeline/pipelineWorker.ts' },
  outdir: '.bench',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // Native modules, wasm and data files load from node_modules, as in the app.
  packages: 'external',
  logLevel: 'warning',
})

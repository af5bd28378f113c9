#!/usr/bin/env node
/**
 * `npm test`: every check a clean machine runs, in order, stopping at the first failure:
 * typecheck, lint, unit and integration tests (vitest), build, then end-to-end tests in Chromium.
 */
import { spawnSync } from 'node:child_process'
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '..')
const bin = (name) => path.join(root, 'node_modules', '.bin', name)
const steps = [
  ['typecheck (node)', bin('tsc'), ['--noEmit', '-p', 'tsconfig.node.json']],
  ['typecheck (web)', bin('tsc'), ['--noEmit', '-p', 'tsconfig.web.json']],
  ['lint', bin('eslint'), ['.', '--max-warnings=0']],
  ['unit + integration', bin('vitest'), ['run']],
  ['build', bin('electron-vite'), ['build']],
  ['check built main', process.execPath, ['--check', 'out/main/index.js']],
  ['e2e (Chromium)', bin('playwright'), ['test']],
]

for (const [name, cmd, args] of steps) {
  const started = Date.now()
  console.log(`\n▶ ${name}`)
  const result = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '0' } })
  const seconds = ((Date.now() - started) / 1000).toFixed(1)
  if (result.status !== 0) {
    console.error(`✗ ${name} failed after ${seconds}s`)
    process.exit(result.status ?? 1)
  }
  console.log(`✓ ${name} (${seconds}s)`)
}

/**
 * `npm run web -- [--data DIR] [--port N] [--no-build]`: the renderer in any browser at
 * http://127.0.0.1:N over the real services, for e2e tests and for looking at the app where
 * Electron cannot run. Prints one line `RECTO_BRIDGE_URL <url with token>` when ready.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { createRecto } from '../services/createRecto'
import { bundledSamplesDir } from '../userData'
import { startBridge } from './server'

const root = path.resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..')
const { values } = parseArgs({
  options: {
    data: { type: 'string' },
    port: { type: 'string', default: '0' },
    'no-build': { type: 'boolean', default: false },
    'no-samples': { type: 'boolean', default: false },
  },
})

const staticDir = path.join(root, 'out', 'renderer')
if (!values['no-build'] || !existsSync(path.join(staticDir, 'index.html'))) {
  execFileSync(process.execPath, [path.join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  })
}
const dataDir = values.data ?? mkdtempSync(path.join(os.tmpdir(), 'recto-web-'))
const recto = createRecto({
  dataDir,
  seedPaths: values['no-samples'] ? [] : [bundledSamplesDir()],
})
const bridge = await startBridge({
  handlers: recto.handlers,
  events: recto.ctx.events,
  staticDir,
  port: Number(values.port),
})
console.log(`RECTO_BRIDGE_URL ${bridge.url}`)
console.log(`data: ${dataDir}`)

async function shutdown(): Promise<void> {
  await bridge.close()
  await recto.close()
  process.exit(0)
}
process.on('SIGINT', () => void shutdown())
process.on('SIGTERM', () => void shutdown())

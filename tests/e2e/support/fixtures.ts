import { spawn } from 'node:child_process'
import type { ChildProcess } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { createInterface } from 'node:readline'
import { test as base, _electron as electron } from '@playwright/test'
import type { Page } from '@playwright/test'

const root = path.resolve(import.meta.dirname, '../../..')

export interface RectoApp {
  page: Page
  /** The app's own data folder for this test (database, stored files). */
  dataDir: string
  databasePath: string
  /** Every URL the page requested that was not the app's own origin. */
  foreignRequests: string[]
  origin: string
}

/**
 * Each test gets a fresh Recto with its own data folder. By default the renderer runs in Chromium
 * over the localhost bridge; with RECTO_E2E_ELECTRON=1 (where Electron's binary exists) the same
 * specs drive the real Electron app.
 */
export const test = base.extend<{ recto: RectoApp; seedSamples: boolean }>({
  seedSamples: [true, { option: true }],
  recto: async ({ page, seedSamples }, use) => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'recto-e2e-'))
    const databasePath = path.join(dataDir, 'recto.db')
    if (process.env.RECTO_E2E_ELECTRON === '1') {
      const app = await electron.launch({
        args: [root],
        env: { ...process.env, RECTO_DATA_DIR: dataDir, RECTO_RESOURCES: path.join(root, 'resources') },
      })
      const window = await app.firstWindow()
      const foreignRequests: string[] = []
      window.on('request', (r) => {
        if (!/^(file|blob|data|devtools):/.test(r.url())) foreignRequests.push(r.url())
      })
      await use({ page: window, dataDir, databasePath, foreignRequests, origin: 'file://' })
      await app.close()
      return
    }
    const { child, url } = await startBridge(dataDir, seedSamples)
    const origin = new URL(url).origin
    const foreignRequests: string[] = []
    page.on('request', (r) => {
      if (!r.url().startsWith(origin) && !/^(blob|data):/.test(r.url())) foreignRequests.push(r.url())
    })
    await page.goto(url)
    await use({ page, dataDir, databasePath, foreignRequests, origin })
    child.kill('SIGTERM')
  },
})

async function startBridge(dataDir: string, seedSamples: boolean): Promise<{ child: ChildProcess; url: string }> {
  const args = [path.join(root, 'bin/recto-web.mjs'), '--data', dataDir, '--no-build', '--port', '0']
  if (!seedSamples) args.push('--no-samples')
  const child = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] })
  const lines = createInterface({ input: child.stdout! })
  const url = await new Promise<string>((resolve, reject) => {
    lines.on('line', (line) => {
      const match = /^RECTO_BRIDGE_URL (\S+)/.exec(line)
      if (match?.[1]) resolve(match[1])
    })
    child.once('exit', (code) => reject(new Error(`the bridge exited with ${code} before it was ready`)))
  })
  return { child, url }
}

export { expect } from '@playwright/test'

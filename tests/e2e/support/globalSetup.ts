import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import path from 'node:path'

/** Builds the renderer once when `npm run test:e2e` runs without `npm test`'s build step. */
export default function globalSetup(): void {
  const root = path.resolve(import.meta.dirname, '../../..')
  if (existsSync(path.join(root, 'out/renderer/index.html'))) return
  execFileSync(process.execPath, [path.join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'], {
    cwd: root,
    stdio: 'inherit',
  })
}

#!/usr/bin/env node
/**
 * `npm start`: builds Recto and launches it in Electron on a machine that can reach Electron's
 * download servers. better-sqlite3 is rebuilt for Electron's ABI into .electron-native/, apart
 * from node_modules, so that `npm test` under plain Node keeps its own build.
 */
import { execFileSync, spawn } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '..')
const require = createRequire(import.meta.url)
const run = (cmd, args, opts = {}) => execFileSync(cmd, args, { stdio: 'inherit', cwd: root, ...opts })

// 1. Electron's binary: its own installer downloads it on first use.
const electronDir = path.dirname(require.resolve('electron/package.json'))
const electronVersion = JSON.parse(readFileSync(path.join(electronDir, 'package.json'), 'utf8')).version
if (!existsSync(path.join(electronDir, 'path.txt'))) {
  console.log(`Fetching Electron ${electronVersion} (first start only)…`)
  run(process.execPath, [path.join(electronDir, 'install.js')])
}

// 2. better-sqlite3 built against Electron's headers, cached per Electron version.
const nativeDir = path.join(root, '.electron-native', `electron-${electronVersion}`)
const binding = path.join(nativeDir, 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node')
if (!existsSync(binding)) {
  console.log(`Building better-sqlite3 for Electron ${electronVersion}…`)
  mkdirSync(nativeDir, { recursive: true })
  const source = path.dirname(require.resolve('better-sqlite3/package.json'))
  const copy = path.join(nativeDir, 'better-sqlite3')
  cpSync(source, copy, { recursive: true, filter: (p) => !p.includes(`${path.sep}build${path.sep}`) })
  const nodeGyp = require.resolve('node-gyp/bin/node-gyp.js', { paths: [source, root] })
  run(process.execPath, [nodeGyp, 'rebuild', '--release', `--target=${electronVersion}`,
    '--dist-url=https://electronjs.org/headers', '--runtime=electron'], { cwd: copy })
  writeFileSync(path.join(nativeDir, 'built-for.txt'), `electron ${electronVersion}\n`)
}

// 3. Build the app and start it.
run(process.execPath, [path.join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'])
const electron = require('electron')
const child = spawn(electron, [root, ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, RECTO_SQLITE_BINDING: binding, RECTO_RESOURCES: path.join(root, 'resources') },
})
child.on('exit', (code) => process.exit(code ?? 0))

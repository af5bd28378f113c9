import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { minimatch } from 'minimatch'
import { describe, expect, it } from 'vitest'

/**
 * electron-builder cannot run here (no Electron binary), so its configuration is checked instead:
 * every target is there, the app's entries are packaged, and everything that must be read from a
 * real file (native modules, wasm, language data, fonts) is unpacked from the asar.
 */
const root = path.resolve(import.meta.dirname, '../..')
const config = JSON.parse(readFileSync(path.join(root, 'electron-builder.json'), 'utf8')) as {
  files: string[]
  asarUnpack: string[]
  extraResources: { from: string; to: string }[]
  linux: { target: string[] }
  win: { target: string[] }
  mac: { target: string[] }
  electronFuses: Record<string, boolean>
}
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  main: string
  dependencies: Record<string, string>
}

function packaged(file: string): boolean {
  let included = false
  for (const pattern of config.files) {
    if (pattern.startsWith('!')) {
      if (minimatch(file, pattern.slice(1), { dot: true })) included = false
    } else if (minimatch(file, pattern, { dot: true })) included = true
  }
  return included
}

function* walk(dir: string): Generator<string> {
  for (const entry of readdirSync(dir)) {
    const full = path.join(dir, entry)
    if (statSync(full).isDirectory()) yield* walk(full)
    else yield full
  }
}

describe('packaging configuration', () => {
  it('builds AppImage, deb, NSIS and dmg', () => {
    expect(config.linux.target).toEqual(expect.arrayContaining(['AppImage', 'deb']))
    expect(config.win.target).toContain('nsis')
    expect(config.mac.target).toContain('dmg')
  })

  it('packages the built main, worker, preload and renderer, and not the sources', () => {
    for (const file of [pkg.main.replace('./', ''), 'out/main/pipelineWorker.js', 'out/preload/index.cjs',
      'out/renderer/index.html', 'out/renderer/pdfjs/standard_fonts/FoxitSans.pfb', 'package.json']) {
      expect(packaged(file), file).toBe(true)
    }
    for (const file of ['src/main/index.ts', 'tests/e2e/review.spec.ts', 'out/main/index.js.map']) {
      expect(packaged(file), file).toBe(false)
    }
  })

  it('unpacks every native module, wasm file and language model of the runtime dependencies', () => {
    const mustBeFiles = /\.(node|wasm|traineddata\.gz)$/
    const missing: string[] = []
    let checked = 0
    const roots = Object.keys(pkg.dependencies).map((name) => path.join(root, 'node_modules', name))
    roots.push(path.join(root, 'node_modules/@img'), path.join(root, 'node_modules/tesseract.js-core'))
    for (const dir of roots) {
      for (const file of walk(dir)) {
        const relative = path.relative(root, file).split(path.sep).join('/')
        if (!mustBeFiles.test(relative) || relative.includes('/test/') || relative.includes('obj.target')) continue
        checked++
        if (!config.asarUnpack.some((pattern) => minimatch(relative, pattern, { dot: true }))) missing.push(relative)
      }
    }
    expect(missing).toEqual([])
    // better-sqlite3, sharp, canvas, tesseract core wasm, four language models at least.
    expect(checked).toBeGreaterThan(8)
  })

  it('ships the bundled samples as a resource beside the asar', () => {
    expect(config.extraResources).toContainEqual({ from: 'resources/samples', to: 'samples' })
  })
  it('burns the fuses that turn the packaged binary back into a general Node runtime off', () => {
    // ELECTRON_RUN_AS_NODE, NODE_OPTIONS and --inspect would let anyone run code as Recto;
    // the pipeline uses worker_threads, which needs none of them
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      grantFileProtocolExtraPrivileges: false,
    })
    const workerSpawn = readFileSync(path.join(root, 'src/main/pipeline/pipelineClient.ts'), 'utf8')
    expect(workerSpawn).toMatch(/from 'node:worker_threads'/)
    expect(workerSpawn).not.toMatch(/child_process|ELECTRON_RUN_AS_NODE/)
  })
})

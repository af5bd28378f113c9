import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { RectoOptions } from '../../src/main/services/createRecto'
import { CHANNEL_PREFIX, METHOD_NAMES } from '../../src/shared/ipc/contract'
import { secureWebPreferences } from '../../src/main/shell/webPreferences'
import { FakeEvent, resetFakeElectron } from './electronFake'
import type { FakeElectron } from './electronFake'

/**
 * src/main/index.ts itself, imported with Electron faked: what the real entry wires together.
 * The services behind it are real (database, log file); only the bundled samples are not seeded,
 * so that no OCR runs here.
 */
vi.mock('electron', async () => (await import('./electronFake')).electronModule)
const shellOptions = vi.hoisted(() => [] as RectoOptions[])
vi.mock('../../src/main/services/createRecto', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/main/services/createRecto')>()
  return {
    ...real,
    createRecto: (options: RectoOptions) => {
      shellOptions.push(options)
      return real.createRecto({ ...options, seedPaths: [] })
    },
  }
})

const root = path.resolve(import.meta.dirname, '../..')
let electron: FakeElectron
let dataDir: string

beforeEach(() => {
  vi.resetModules()
  electron = resetFakeElectron()
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'recto-shell-'))
  vi.stubEnv('RECTO_DATA_DIR', dataDir)
  vi.stubEnv('ELECTRON_RENDERER_URL', '')
  shellOptions.length = 0
})

afterEach(async () => {
  // Close what the shell opened (database, lock, log) as Electron would on the last window.
  if (electron.windows.length) {
    electron.app.emit('window-all-closed')
    await vi.waitFor(() => expect(electron.app.quitCalls).toBeGreaterThan(0))
  }
  vi.unstubAllEnvs()
  rmSync(dataDir, { recursive: true, force: true })
})

async function startShell(): Promise<void> {
  await import('../../src/main/index')
}

function mainWindow() {
  const [window] = electron.windows
  if (!window) throw new Error('no window was created')
  return window
}

const fromApp = () => ({ sender: mainWindow().webContents, senderFrame: mainWindow().webContents.mainFrame })

describe('the Electron entry', () => {
  it('quits at once when another Recto already runs, without opening the database or a window', async () => {
    electron.app.lockAvailable = false
    await startShell()
    expect(electron.app.lockRequests).toBe(1)
    expect(electron.app.quitCalls).toBe(1)
    await electron.app.becomeReady()
    expect(shellOptions).toEqual([])
    expect(electron.windows).toEqual([])
    expect(electron.ipcMain.handlers.size).toBe(0)
    expect(existsSync(path.join(dataDir, 'recto.db'))).toBe(false)
  })

  it('turns the sandbox on for every renderer and takes the data folder from RECTO_DATA_DIR, before ready', async () => {
    await startShell()
    expect(electron.app.sandboxEnabled).toBe(true)
    expect(electron.app.name).toBe('Recto')
    expect(electron.app.getPath('userData')).toBe(dataDir)
    expect(electron.windows).toEqual([])
    await electron.app.becomeReady()
  })

  it('when ready: no menu, a locked session, one secure window on the renderer, IPC for the contract only', async () => {
    await startShell()
    await electron.app.becomeReady()
    expect(electron.applicationMenu).toEqual({ set: true, value: null })
    expect(shellOptions).toHaveLength(1)
    expect(shellOptions[0]?.dataDir).toBe(dataDir)
    expect(shellOptions[0]?.seedPaths).toEqual([path.join(root, 'resources/samples')])

    const session = electron.session.defaultSession
    expect(session.request('https://example.com/')).toEqual({ cancel: true })
    expect(session.askPermission('media')).toBe(false)
    expect(session.permissionCheckHandler?.({}, 'media', 'file:///', {})).toBe(false)

    const window = mainWindow()
    expect(electron.windows).toHaveLength(1)
    const preload = window.options.webPreferences?.preload ?? ''
    expect(window.options.webPreferences).toEqual(secureWebPreferences(preload))
    expect(window.loaded).toEqual({ file: path.join(root, 'src/renderer/index.html') })
    // The renderer's own files pass the request filter; the window's guards are in place.
    expect(session.request(window.webContents.getURL())).toEqual({ cancel: false })
    const navigation = new FakeEvent({ url: 'https://evil.example/', isMainFrame: true })
    window.webContents.emit('will-navigate', navigation, 'https://evil.example/')
    expect(navigation.defaultPrevented).toBe(true)
    expect(window.webContents.windowOpenHandler?.({ url: 'https://evil.example/' })).toEqual({ action: 'deny' })

    expect([...electron.ipcMain.handlers.keys()].sort()).toEqual(METHOD_NAMES.map((m) => CHANNEL_PREFIX + m).sort())
    const other = { sender: {}, senderFrame: { url: window.webContents.getURL() } }
    expect(await electron.ipcMain.invoke(`${CHANNEL_PREFIX}listDocuments`, other, {})).toMatchObject({ ok: false, error: { code: 'forbidden' } })
    expect(await electron.ipcMain.invoke(`${CHANNEL_PREFIX}listDocuments`, fromApp(), {})).toMatchObject({ ok: true })
  })

  it('a second start brings the first window back: restored, shown and focused', async () => {
    await startShell()
    await electron.app.becomeReady()
    const window = mainWindow()
    window.minimize()
    electron.app.emit('second-instance', new FakeEvent(), ['recto'], process.cwd(), {})
    expect(window.minimized).toBe(false)
    expect(window.visible).toBe(true)
    expect(window.focused).toBe(true)
  })

  it("names in the About box the log file in the user-data folder, and writes the shell's refusals there", async () => {
    await startShell()
    await electron.app.becomeReady()
    const info = (await electron.ipcMain.invoke(`${CHANNEL_PREFIX}getAppInfo`, fromApp(), {})) as {
      ok: true
      value: { dataDir: string; logPath: string; databasePath: string }
    }
    expect(info.ok).toBe(true)
    expect(info.value.dataDir).toBe(dataDir)
    expect(info.value.logPath).toBe(path.join(dataDir, 'logs', 'recto.log'))
    expect(info.value.databasePath).toBe(path.join(dataDir, 'recto.db'))

    electron.session.defaultSession.request('https://tracker.example/pixel.gif')
    electron.session.defaultSession.askPermission('geolocation')
    const subframe = { sender: mainWindow().webContents, senderFrame: { url: 'https://evil.example/' } }
    await electron.ipcMain.invoke(`${CHANNEL_PREFIX}getAppInfo`, subframe, {})
    const log = readFileSync(info.value.logPath, 'utf8')
    expect(log).toMatch(/WARN blocked network request: GET https:\/\/tracker\.example\/pixel\.gif\n/)
    expect(log).toMatch(/WARN denied permission request: geolocation\n/)
    expect(log).toMatch(/WARN refused IPC getAppInfo from https:\/\/evil\.example\/\n/)
  })

  it('closing the last window closes the database, frees its lock and quits', async () => {
    await startShell()
    await electron.app.becomeReady()
    const lock = path.join(dataDir, 'recto.db.lock')
    expect(existsSync(lock)).toBe(true)
    mainWindow().emit('closed')
    expect(electron.ipcMain.handlers.size).toBe(0)
    electron.app.emit('window-all-closed')
    await vi.waitFor(() => expect(electron.app.quitCalls).toBe(1))
    expect(existsSync(lock)).toBe(false)
    electron.windows.length = 0
  })

  it('shows a clear error and quits when another process holds the database', async () => {
    // Another live process owns the database's lock file.
    const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' })
    try {
      mkdirSync(dataDir, { recursive: true })
      writeFileSync(path.join(dataDir, 'recto.db.lock'), String(other.pid))
      await startShell()
      await electron.app.becomeReady()
      expect(electron.errorBoxes).toHaveLength(1)
      expect(electron.errorBoxes[0]?.title).toBe('Recto cannot start')
      expect(electron.errorBoxes[0]?.content).toContain(`in use by another Recto process (pid ${other.pid})`)
      expect(electron.app.quitCalls).toBe(1)
      expect(electron.windows).toEqual([])
      expect(electron.ipcMain.handlers.size).toBe(0)
    } finally {
      other.kill()
    }
  })
})

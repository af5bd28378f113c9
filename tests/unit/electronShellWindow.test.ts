import path from 'node:path'
import { pathToFileURL } from 'node:url'
import type { WebContents } from 'electron'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { Log } from '../../src/main/services/fileLog'
import { guardWebContents } from '../../src/main/shell/guardWebContents'
import { secureWebPreferences } from '../../src/main/shell/webPreferences'
import { appLocation, createMainWindow } from '../../src/main/window'
import { FakeEvent, FakeWebContents, resetFakeElectron } from './electronFake'
import type { FakeElectron } from './electronFake'

vi.mock('electron', async () => (await import('./electronFake')).electronModule)

const root = path.resolve(import.meta.dirname, '../..')

function recordingLog(): { log: Log; lines: string[] } {
  const lines: string[] = []
  return { lines, log: (level, message) => lines.push(`${level} ${message}`) }
}

let electron: FakeElectron
beforeEach(() => {
  electron = resetFakeElectron()
})

describe('the window', () => {
  it('is isolated, sandboxed and without Node anywhere, with only the preload as bridge', () => {
    expect(secureWebPreferences('/app/out/preload/index.cjs')).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
    })
    expect(secureWebPreferences('/p')).not.toHaveProperty('enableBlinkFeatures')
  })

  it('is created with those preferences, the sandboxed preload bundle, and loads the renderer from disk', () => {
    const location = { rendererDir: path.join(root, 'out/renderer') }
    const window = createMainWindow(location) as unknown as (typeof electron.windows)[number]
    expect(electron.windows).toEqual([window])
    const preload = window.options.webPreferences?.preload ?? ''
    expect(window.options.webPreferences).toEqual(secureWebPreferences(preload))
    // electron-vite writes the sandboxed preload as one CommonJS file beside main's output.
    expect(path.basename(preload)).toBe('index.cjs')
    expect(path.basename(path.dirname(preload))).toBe('preload')
    expect(window.loaded).toEqual({ file: path.join(root, 'out/renderer/index.html') })
    // Shown only once painted, so no blank window flashes.
    expect(window.options.show).toBe(false)
    window.emit('ready-to-show')
    expect(window.visible).toBe(true)
  })

  it('loads the dev server only when electron-vite says there is one', () => {
    const window = createMainWindow({ rendererDir: '/r', devServerUrl: 'http://localhost:5173' })
    expect((window as unknown as { loaded: unknown }).loaded).toEqual({ url: 'http://localhost:5173' })
    vi.stubEnv('ELECTRON_RENDERER_URL', '')
    expect(appLocation().devServerUrl).toBeFalsy()
    vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173')
    expect(appLocation().devServerUrl).toBe('http://localhost:5173')
    vi.unstubAllEnvs()
  })
})

describe('every web contents is guarded', () => {
  function guarded() {
    const contents = new FakeWebContents()
    const { log, lines } = recordingLog()
    guardWebContents(contents as unknown as WebContents, log)
    return { contents, lines }
  }

  it('refuses navigation away from the app, to a remote page or another local file', () => {
    const { contents, lines } = guarded()
    for (const url of ['https://evil.example/phish', 'file:///etc/passwd', pathToFileURL(path.join(root, 'README.md')).href]) {
      const event = new FakeEvent({ url, isMainFrame: true })
      contents.emit('will-navigate', event, url)
      expect(event.defaultPrevented, url).toBe(true)
    }
    expect(lines).toContain('warn refused navigation to https://evil.example/phish')
  })

  it('refuses navigation inside an iframe', () => {
    const { contents, lines } = guarded()
    const event = new FakeEvent({ url: 'https://evil.example/frame', isMainFrame: false })
    contents.emit('will-frame-navigate', event)
    expect(event.defaultPrevented).toBe(true)
    expect(lines).toEqual(['warn refused subframe navigation to https://evil.example/frame'])
  })

  it('denies window.open, whatever the URL', () => {
    const { contents, lines } = guarded()
    expect(contents.windowOpenHandler).toBeTypeOf('function')
    for (const url of ['https://evil.example/', 'about:blank', 'file:///etc/passwd', 'javascript:alert(1)']) {
      expect(contents.windowOpenHandler?.({ url })).toEqual({ action: 'deny' })
    }
    expect(lines[0]).toBe('warn refused to open a window for https://evil.example/')
  })

  it('never attaches a <webview>', () => {
    const { contents } = guarded()
    const event = new FakeEvent()
    contents.emit('will-attach-webview', event, {}, { src: 'https://evil.example/' })
    expect(event.defaultPrevented).toBe(true)
  })
})

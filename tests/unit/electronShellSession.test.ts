import path from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Session } from 'electron'
import { describe, expect, it } from 'vitest'
import type { Log } from '../../src/main/services/fileLog'
import { isAllowedRequest, isAppUrl } from '../../src/main/shell/appUrl'
import { lockDownSession } from '../../src/main/shell/lockDownSession'
import { FakeSession } from './electronFake'

const rendererDir = path.resolve('/opt/Recto/resources/app.asar/out/renderer')
const packaged = { rendererDir }
const dev = { rendererDir, devServerUrl: 'http://localhost:5173' }
const inRenderer = (file: string) => pathToFileURL(path.join(rendererDir, file)).href

function lockedDown(location = packaged) {
  const session = new FakeSession()
  const lines: string[] = []
  const log: Log = (level, message) => lines.push(`${level} ${message}`)
  lockDownSession(session as unknown as Session, (url) => isAllowedRequest(url, location), log)
  return { session, lines }
}

describe('what counts as the app', () => {
  it('is the built renderer and what lies under it', () => {
    expect(isAppUrl(inRenderer('index.html'), packaged)).toBe(true)
    expect(isAppUrl(inRenderer('assets/index-abc.js'), packaged)).toBe(true)
    expect(isAppUrl(inRenderer('pdfjs/wasm/openjpeg.wasm'), packaged)).toBe(true)
    expect(isAppUrl(`${inRenderer('index.html')}?x=1#top`, packaged)).toBe(true)
  })

  it('is not any other file, even one reached by a .. escape or a sibling folder with the same prefix', () => {
    expect(isAppUrl('file:///etc/passwd', packaged)).toBe(false)
    expect(isAppUrl(inRenderer('../main/index.js'), packaged)).toBe(false)
    expect(isAppUrl(`${pathToFileURL(rendererDir).href}/%2e%2e/main/index.js`, packaged)).toBe(false)
    expect(isAppUrl(pathToFileURL(`${rendererDir}-evil/index.html`).href, packaged)).toBe(false)
    expect(isAppUrl(pathToFileURL(rendererDir).href, packaged)).toBe(false)
  })

  it('is the dev server by exact origin only, and only in development', () => {
    expect(isAppUrl('http://localhost:5173/src/main.tsx', dev)).toBe(true)
    expect(isAppUrl('http://localhost:5173/src/main.tsx', packaged)).toBe(false)
    // A prefix test would accept these two.
    expect(isAppUrl('http://localhost:51730/', dev)).toBe(false)
    expect(isAppUrl('http://localhost:5173.evil.example/', dev)).toBe(false)
    expect(isAppUrl('https://localhost:5173/', dev)).toBe(false)
  })

  it('is never a malformed URL', () => {
    expect(isAppUrl('not a url', dev)).toBe(false)
    expect(isAppUrl('', dev)).toBe(false)
  })
})

describe('the session lets nothing out', () => {
  it('cancels and logs every request to a network, whatever the scheme', () => {
    const { session, lines } = lockedDown()
    const foreign = [
      'https://tracker.example/pixel.gif',
      'http://127.0.0.1:8080/api',
      'ws://evil.example/socket',
      'wss://evil.example/socket',
      'ftp://files.example/x',
      'file:///home/clerk/.ssh/id_rsa',
      'chrome-extension://abc/page.html',
    ]
    for (const url of foreign) expect(session.request(url), url).toEqual({ cancel: true })
    expect(session.request('https://tracker.example/beacon', 'POST')).toEqual({ cancel: true })
    expect(lines).toContain('warn blocked network request: GET https://tracker.example/pixel.gif')
    expect(lines).toContain('warn blocked network request: POST https://tracker.example/beacon')
    expect(lines).toHaveLength(foreign.length + 1)
  })

  it("lets through the app's own files and the memory URLs its pages make, without logging them", () => {
    const { session, lines } = lockedDown()
    for (const url of [
      inRenderer('index.html'),
      inRenderer('assets/pdf.worker.min-1a2b.mjs'),
      inRenderer('pdfjs/standard_fonts/FoxitSans.pfb'),
      'blob:file:///3f1c2a52-8f6b-4d0e-9b7a-0c3d1e2f4a5b',
      'data:image/png;base64,iVBORw0KGgo=',
      'devtools://devtools/bundled/inspector.html',
    ]) {
      expect(session.request(url), url).toEqual({ cancel: false })
    }
    expect(lines).toEqual([])
  })

  it('lets the dev server through in development only', () => {
    expect(lockedDown(dev).session.request('http://localhost:5173/@vite/client')).toEqual({ cancel: false })
    expect(lockedDown(packaged).session.request('http://localhost:5173/@vite/client')).toEqual({ cancel: true })
  })

  it('denies and logs every permission request', () => {
    const { session, lines } = lockedDown()
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'fullscreen', 'openExternal']) {
      expect(session.askPermission(permission), permission).toBe(false)
    }
    expect(lines[0]).toBe('warn denied permission request: media')
    expect(lines).toHaveLength(6)
  })

  it('answers no to every permission check and device request', () => {
    const { session } = lockedDown()
    expect(session.permissionCheckHandler?.({}, 'media', 'file:///', { mediaType: 'video' })).toBe(false)
    expect(session.permissionCheckHandler?.({}, 'clipboard-sanitized-write', 'file:///', {})).toBe(false)
    expect(session.devicePermissionHandler?.({ deviceType: 'usb', origin: 'file://' })).toBe(false)
  })
})

import type { BrowserWindow } from 'electron'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { RectoError } from '../../src/shared/errors'
import { CHANNEL_PREFIX, METHOD_NAMES } from '../../src/shared/ipc/contract'
import type { Handlers } from '../../src/shared/ipc/contract'
import { registerIpc } from '../../src/main/ipc/registerIpc'
import { RectoEvents } from '../../src/main/services/events'
import { FakeBrowserWindow, resetFakeElectron } from './electronFake'
import type { FakeElectron, FakeFrame } from './electronFake'

vi.mock('electron', async () => (await import('./electronFake')).electronModule)

const appPage = 'file:///opt/Recto/resources/app.asar/out/renderer/index.html'
const isAppUrl = (url: string) => url.startsWith('file:///opt/Recto/resources/app.asar/out/renderer/')

/** Handlers that record what reached them; `getDocument` fails with a clerk-facing error for id 404. */
function recordingHandlers() {
  const calls: { method: string; request: unknown }[] = []
  const handlers = Object.fromEntries(
    METHOD_NAMES.map((method) => [
      method,
      (request: unknown) => {
        calls.push({ method, request })
        if (method === 'getDocument' && (request as { documentId: number }).documentId === 404) {
          throw new RectoError('not_found', 'There is no document 404.')
        }
        if (method === 'listProfiles') throw new TypeError('boom')
        return { handled: method }
      },
    ]),
  ) as unknown as Handlers
  return { handlers, calls }
}

let electron: FakeElectron
let window: FakeBrowserWindow
let calls: { method: string; request: unknown }[]
let lines: string[]
let events: RectoEvents
let unregister: () => void

beforeEach(async () => {
  electron = resetFakeElectron()
  window = new FakeBrowserWindow({})
  await window.loadURL(appPage)
  const recording = recordingHandlers()
  calls = recording.calls
  lines = []
  events = new RectoEvents()
  unregister = registerIpc({
    window: window as unknown as BrowserWindow,
    handlers: recording.handlers,
    events,
    log: (level, message, error) => lines.push(`${level} ${message}${error instanceof Error ? ` ${error.message}` : ''}`),
    isAppUrl,
  })
})

const fromApp = () => ({ sender: window.webContents, senderFrame: window.webContents.mainFrame })
const invoke = (event: { sender: unknown; senderFrame: FakeFrame | null }, method: string, payload: unknown) =>
  electron.ipcMain.invoke(CHANNEL_PREFIX + method, event, payload)

describe('IPC', () => {
  it('has one channel per contract method and no other', () => {
    expect([...electron.ipcMain.handlers.keys()].sort()).toEqual(METHOD_NAMES.map((m) => CHANNEL_PREFIX + m).sort())
  })

  it("serves the app's own main frame", async () => {
    expect(await invoke(fromApp(), 'getDocument', { documentId: 3 })).toEqual({ ok: true, value: { handled: 'getDocument' } })
    expect(calls).toEqual([{ method: 'getDocument', request: { documentId: 3 } }])
  })

  it('refuses a message from another window', async () => {
    const other = new FakeBrowserWindow({})
    await other.loadURL(appPage)
    const envelope = await invoke({ sender: other.webContents, senderFrame: other.webContents.mainFrame }, 'getDocument', { documentId: 3 })
    expect(envelope).toMatchObject({ ok: false, error: { code: 'forbidden' } })
    expect(calls).toEqual([])
    expect(lines).toEqual([`warn refused IPC getDocument from ${appPage}`])
  })

  it("refuses a message from an iframe inside the app's window, even one showing an app page", async () => {
    for (const url of ['https://evil.example/ad.html', appPage]) {
      const subframe: FakeFrame = { url }
      const envelope = await invoke({ sender: window.webContents, senderFrame: subframe }, 'importPaths', { paths: ['/etc/passwd'] })
      expect(envelope).toMatchObject({ ok: false, error: { code: 'forbidden' } })
    }
    expect(calls).toEqual([])
    expect(lines[0]).toBe('warn refused IPC importPaths from https://evil.example/ad.html')
  })

  it('refuses the main frame once it shows a page that is not the app', async () => {
    window.webContents.mainFrame.url = 'https://evil.example/'
    expect(await invoke(fromApp(), 'getAppInfo', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } })
    expect(calls).toEqual([])
  })

  it('refuses a frame that is gone, and a window that is destroyed', async () => {
    expect(await invoke({ sender: window.webContents, senderFrame: null }, 'getAppInfo', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } })
    window.destroyed = true
    expect(await invoke(fromApp(), 'getAppInfo', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } })
    expect(lines).toContain('warn refused IPC getAppInfo from a closed frame')
    expect(calls).toEqual([])
  })

  it('refuses a payload that fails the contract, with a clear envelope, before any handler runs', async () => {
    const hostile: [string, unknown][] = [
      ['getDocument', { documentId: 'DROP TABLE documents' }],
      ['getDocument', { documentId: -1 }],
      ['getDocument', { documentId: 3, extra: true }],
      ['getDocument', JSON.parse('{"documentId": 3, "__proto__": {"admin": true}}')],
      ['getDocument', 'not an object'],
      ['getAppInfo', { anything: 1 }],
      ['importPaths', { paths: 42 }],
    ]
    for (const [method, payload] of hostile) {
      const envelope = (await invoke(fromApp(), method, payload)) as { ok: boolean; error: { code: string; message: string } }
      expect(envelope.ok, JSON.stringify(payload)).toBe(false)
      expect(envelope.error.code).toBe('invalid_request')
      expect(envelope.error.message).toMatch(/^The request is invalid/)
    }
    expect(calls).toEqual([])
  })

  it("passes a handler's clerk-facing error on, and hides an internal one behind a logged envelope", async () => {
    expect(await invoke(fromApp(), 'getDocument', { documentId: 404 })).toEqual({
      ok: false,
      error: { code: 'not_found', message: 'There is no document 404.' },
    })
    expect(await invoke(fromApp(), 'listProfiles', {})).toMatchObject({ ok: false, error: { code: 'internal' } })
    expect(lines).toEqual(['error IPC listProfiles failed boom'])
    // And it goes on working.
    expect(await invoke(fromApp(), 'getDocument', { documentId: 5 })).toMatchObject({ ok: true })
  })

  it('pushes events to the window while it lives, and unregisters everything', () => {
    events.emit('documentsChanged', { documentIds: [1, 2] })
    expect(window.webContents.sent).toEqual([{ channel: `${CHANNEL_PREFIX}documentsChanged`, payload: { documentIds: [1, 2] } }])
    window.destroyed = true
    events.emit('documentsChanged', { documentIds: [3] })
    expect(window.webContents.sent).toHaveLength(1)
    unregister()
    expect(electron.ipcMain.handlers.size).toBe(0)
    window.destroyed = false
    events.emit('documentsChanged', { documentIds: [4] })
    expect(window.webContents.sent).toHaveLength(1)
  })
})

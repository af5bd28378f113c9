/**
 * A stand-in for the `electron` module, for tests that run the shell where Electron's binary is
 * missing. It records what the app registers (handlers, preferences, loads) so a test can call
 * those handlers with hostile input and see what the app decided. Use with
 * `vi.mock('electron', async () => (await import('./electronFake')).electronModule)` and `resetFakeElectron()` before each test.
 */
import { EventEmitter } from 'node:events'
import { pathToFileURL } from 'node:url'
import type { BrowserWindowConstructorOptions } from 'electron'

/** An Electron event: records whether the app prevented it. */
export class FakeEvent {
  defaultPrevented = false
  constructor(fields: Record<string, unknown> = {}) {
    Object.assign(this, fields)
  }
  preventDefault(): void {
    this.defaultPrevented = true
  }
}

export interface FakeFrame {
  url: string
}

type WindowOpenHandler = (details: { url: string }) => { action: string }

export class FakeWebContents extends EventEmitter {
  mainFrame: FakeFrame = { url: '' }
  windowOpenHandler: WindowOpenHandler | undefined
  sent: { channel: string; payload: unknown }[] = []
  setWindowOpenHandler(handler: WindowOpenHandler): void {
    this.windowOpenHandler = handler
  }
  getURL(): string {
    return this.mainFrame.url
  }
  send(channel: string, payload: unknown): void {
    this.sent.push({ channel, payload })
  }
}

export class FakeBrowserWindow extends EventEmitter {
  readonly webContents = new FakeWebContents()
  loaded: { file?: string; url?: string } = {}
  minimized = false
  visible = false
  focused = false
  destroyed = false

  constructor(readonly options: BrowserWindowConstructorOptions) {
    super()
    fake().windows.push(this)
    // As in Electron, every new web contents is announced to the app.
    fake().app.emit('web-contents-created', new FakeEvent(), this.webContents)
  }
  static getAllWindows(): FakeBrowserWindow[] {
    return fake().windows.filter((w) => !w.destroyed)
  }
  loadFile(file: string): Promise<void> {
    this.loaded = { file }
    this.webContents.mainFrame.url = pathToFileURL(file).href
    return Promise.resolve()
  }
  loadURL(url: string): Promise<void> {
    this.loaded = { url }
    this.webContents.mainFrame.url = url
    return Promise.resolve()
  }
  isMinimized(): boolean {
    return this.minimized
  }
  minimize(): void {
    this.minimized = true
    this.focused = false
  }
  restore(): void {
    this.minimized = false
  }
  isVisible(): boolean {
    return this.visible
  }
  show(): void {
    this.visible = true
  }
  focus(): void {
    this.focused = true
  }
  isDestroyed(): boolean {
    return this.destroyed
  }
}

type PermissionRequestHandler = (contents: unknown, permission: string, callback: (granted: boolean) => void, details: unknown) => void
type BeforeRequestListener = (details: { url: string; method: string }, callback: (response: { cancel?: boolean }) => void) => void

export class FakeSession {
  permissionRequestHandler: PermissionRequestHandler | undefined
  permissionCheckHandler: ((...args: unknown[]) => boolean) | undefined
  devicePermissionHandler: ((...args: unknown[]) => boolean) | undefined
  beforeRequest: BeforeRequestListener | undefined
  readonly webRequest = {
    onBeforeRequest: (listener: BeforeRequestListener) => {
      this.beforeRequest = listener
    },
  }
  setPermissionRequestHandler(handler: PermissionRequestHandler): void {
    this.permissionRequestHandler = handler
  }
  setPermissionCheckHandler(handler: (...args: unknown[]) => boolean): void {
    this.permissionCheckHandler = handler
  }
  setDevicePermissionHandler(handler: (...args: unknown[]) => boolean): void {
    this.devicePermissionHandler = handler
  }

  /** What the app decides for a request a page makes. */
  request(url: string, method = 'GET'): { cancel?: boolean } {
    let response: { cancel?: boolean } | undefined
    this.beforeRequest?.({ url, method }, (r) => (response = r))
    if (!response) throw new Error('the request listener did not answer')
    return response
  }
  /** What the app answers a page asking for a permission. */
  askPermission(permission: string): boolean {
    let granted: boolean | undefined
    this.permissionRequestHandler?.({}, permission, (g) => (granted = g), { requestingUrl: 'file:///' })
    if (granted === undefined) throw new Error('the permission handler did not answer')
    return granted
  }
}

type InvokeHandler = (event: unknown, payload: unknown) => unknown

export class FakeIpcMain {
  readonly handlers = new Map<string, InvokeHandler>()
  handle(channel: string, handler: InvokeHandler): void {
    // Electron refuses a second handler on one channel; so does the fake.
    if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`)
    this.handlers.set(channel, handler)
  }
  removeHandler(channel: string): void {
    this.handlers.delete(channel)
  }
  /** Calls a channel as Electron would for `ipcRenderer.invoke` from the given sender. */
  async invoke(channel: string, event: { sender: unknown; senderFrame: FakeFrame | null }, payload: unknown): Promise<unknown> {
    const handler = this.handlers.get(channel)
    if (!handler) throw new Error(`No handler registered for '${channel}'`)
    return await handler(event, payload)
  }
}

export class FakeApp extends EventEmitter {
  name = ''
  readonly paths = new Map<string, string>()
  sandboxEnabled = false
  lockAvailable = true
  lockRequests = 0
  quitCalls = 0
  isPackaged = false
  private markReady: () => void = () => {}
  readonly ready = new Promise<void>((resolve) => (this.markReady = resolve))

  setName(name: string): void {
    this.name = name
  }
  setPath(name: string, value: string): void {
    this.paths.set(name, value)
  }
  getPath(name: string): string {
    const value = this.paths.get(name)
    if (!value) throw new Error(`no path ${name} in the fake`)
    return value
  }
  enableSandbox(): void {
    this.sandboxEnabled = true
  }
  requestSingleInstanceLock(): boolean {
    this.lockRequests++
    return this.lockAvailable
  }
  whenReady(): Promise<void> {
    return this.ready
  }
  quit(): void {
    this.quitCalls++
  }
  /** Electron's `ready`; resolves after the app's own `whenReady` callbacks ran. */
  async becomeReady(): Promise<void> {
    this.markReady()
    await this.ready
  }
}

/** The preload's side: what it exposes to the page, and the IPC it makes. */
export class FakeRenderer {
  readonly exposed = new Map<string, unknown>()
  readonly invoked: { channel: string; payload: unknown }[] = []
  readonly listeners = new EventEmitter()
  /** What main answers an invoke; by default an empty success. */
  answer: (channel: string, payload: unknown) => unknown = () => ({ ok: true, value: null })
  readonly contextBridge = {
    exposeInMainWorld: (key: string, api: unknown) => this.exposed.set(key, api),
  }
  readonly ipcRenderer = {
    invoke: (channel: string, payload: unknown) => {
      this.invoked.push({ channel, payload })
      return Promise.resolve(this.answer(channel, payload))
    },
    on: (channel: string, listener: (...args: unknown[]) => void) => this.listeners.on(channel, listener),
    off: (channel: string, listener: (...args: unknown[]) => void) => this.listeners.off(channel, listener),
  }
}

export interface FakeElectron {
  renderer: FakeRenderer
  app: FakeApp
  windows: FakeBrowserWindow[]
  session: { defaultSession: FakeSession }
  ipcMain: FakeIpcMain
  errorBoxes: { title: string; content: string }[]
  applicationMenu: { set: boolean; value: unknown }
}

// On globalThis so that the fake survives vi.resetModules (the module under test is re-imported).
const KEY = Symbol.for('recto.fakeElectron')
type Holder = { [KEY]?: FakeElectron }

export function resetFakeElectron(): FakeElectron {
  const state: FakeElectron = {
    renderer: new FakeRenderer(),
    app: new FakeApp(),
    windows: [],
    session: { defaultSession: new FakeSession() },
    ipcMain: new FakeIpcMain(),
    errorBoxes: [],
    applicationMenu: { set: false, value: undefined },
  }
  ;(globalThis as Holder)[KEY] = state
  return state
}

export function fake(): FakeElectron {
  const state = (globalThis as Holder)[KEY]
  if (!state) throw new Error('call resetFakeElectron() first')
  return state
}

/** The module `electron` as the app sees it; every property reads the current fake. */
export const electronModule = {
  get app() {
    return fake().app
  },
  BrowserWindow: FakeBrowserWindow,
  get session() {
    return fake().session
  },
  get ipcMain() {
    return fake().ipcMain
  },
  get contextBridge() {
    return fake().renderer.contextBridge
  },
  get ipcRenderer() {
    return fake().renderer.ipcRenderer
  },
  dialog: {
    showErrorBox: (title: string, content: string) => fake().errorBoxes.push({ title, content }),
  },
  Menu: {
    setApplicationMenu: (menu: unknown) => (fake().applicationMenu = { set: true, value: menu }),
  },
}

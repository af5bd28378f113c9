/**
 * Electron's main process: a thin shell. It wires the security decisions of ./shell and the window
 * to Electron; all logic is in ./services, which runs the same under plain Node for the CLI and
 * tests. tests/unit/electronShellMain.test.ts imports this file with Electron faked.
 */
import { app, dialog, Menu, session } from 'electron'
import type { BrowserWindow } from 'electron'
import path from 'node:path'
import { registerIpc } from './ipc/registerIpc'
import { createRecto } from './services/createRecto'
import type { Recto } from './services/createRecto'
import { isAllowedRequest, isAppUrl } from './shell/appUrl'
import { guardWebContents } from './shell/guardWebContents'
import { lockDownSession } from './shell/lockDownSession'
import { claimSingleInstance } from './shell/singleInstance'
import { APP_NAME, bundledSamplesDir } from './userData'
import { appLocation, createMainWindow } from './window'

app.setName(APP_NAME)
// Tests and portable setups point Recto at their own data folder.
if (process.env.RECTO_DATA_DIR) app.setPath('userData', process.env.RECTO_DATA_DIR)
// Every renderer runs in Chromium's sandbox, whatever its own preferences say.
app.enableSandbox()

let mainWindow: BrowserWindow | undefined
let recto: Recto | null = null

if (claimSingleInstance(app, () => mainWindow)) {
  void app.whenReady().then(start)
  app.on('window-all-closed', () => {
    void (recto?.close() ?? Promise.resolve()).finally(() => app.quit())
  })
} else {
  // Another Recto runs: Electron has told it to come forward, and this one leaves.
  app.quit()
}

function start(): void {
  Menu.setApplicationMenu(null)
  try {
    recto = createRecto({
      dataDir: app.getPath('userData'),
      // Packaged builds carry the samples as an extra resource beside the asar.
      seedPaths: [app.isPackaged ? path.join(process.resourcesPath, 'samples') : bundledSamplesDir()],
      nativeBinding: process.env.RECTO_SQLITE_BINDING,
    })
  } catch (error) {
    dialog.showErrorBox('Recto cannot start', error instanceof Error ? error.message : String(error))
    app.quit()
    return
  }
  // One log, the file the About box names, for the shell's refusals as for the services.
  const { log } = recto.ctx
  const location = appLocation()
  lockDownSession(session.defaultSession, (url) => isAllowedRequest(url, location), log)
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, log))

  const window = createMainWindow(location)
  mainWindow = window
  const unregister = registerIpc({
    window,
    handlers: recto.handlers,
    events: recto.ctx.events,
    log,
    isAppUrl: (url) => isAppUrl(url, location),
  })
  window.on('closed', () => {
    unregister()
    mainWindow = undefined
  })
}

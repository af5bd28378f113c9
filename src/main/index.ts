/**
 * Electron's main process: a thin shell. Window, menu, single instance and IPC registration live
 * here; all logic is in ./services, which runs the same under plain Node for the CLI and tests.
 */
import { app, BrowserWindow, dialog, Menu } from 'electron'
import { appendFileSync, mkdirSync } from 'node:fs'
import path from 'node:path'
import { registerIpc } from './ipc/registerIpc'
import { createRecto } from './services/createRecto'
import type { Recto } from './services/createRecto'
import { APP_NAME, bundledSamplesDir } from './userData'
import { createMainWindow, lockDownSession } from './window'

app.setName(APP_NAME)
// Tests and portable setups point Recto at their own data folder.
if (process.env.RECTO_DATA_DIR) app.setPath('userData', process.env.RECTO_DATA_DIR)
app.enableSandbox()

if (!app.requestSingleInstanceLock()) {
  // A second start hands over to the first (which focuses its window) and quits.
  app.quit()
} else {
  let recto: Recto | null = null
  const logDir = path.join(app.getPath('userData'), 'logs')
  mkdirSync(logDir, { recursive: true })
  const log = (line: unknown) =>
    appendFileSync(path.join(logDir, 'recto.log'), `${new Date().toISOString()} ${String(line)}\n`)

  app.on('second-instance', () => {
    const [window] = BrowserWindow.getAllWindows()
    if (window) {
      if (window.isMinimized()) window.restore()
      window.focus()
    }
  })

  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event) => event.preventDefault())
    contents.setWindowOpenHandler(() => ({ action: 'deny' }))
  })

  void app.whenReady().then(() => {
    lockDownSession(log)
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
    const window = createMainWindow()
    const unregister = registerIpc(window, recto.handlers, recto.ctx.events, log)
    window.on('closed', unregister)
  })

  app.on('window-all-closed', () => {
    void recto?.close().finally(() => app.quit())
  })
}

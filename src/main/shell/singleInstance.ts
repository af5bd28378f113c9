import type { App, BrowserWindow } from 'electron'

/**
 * One Recto at a time, since two would fight over one database. Returns false when another
 * instance already runs: Electron has then told that one (its `second-instance` event), and the
 * caller should quit. The first instance answers a second start by bringing its window back.
 */
export function claimSingleInstance(app: App, currentWindow: () => BrowserWindow | undefined): boolean {
  if (!app.requestSingleInstanceLock()) return false
  app.on('second-instance', () => {
    const window = currentWindow()
    if (!window || window.isDestroyed()) return
    if (window.isMinimized()) window.restore()
    if (!window.isVisible()) window.show()
    window.focus()
  })
  return true
}

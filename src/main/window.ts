import { BrowserWindow } from 'electron'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { AppLocation } from './shell/appUrl'
import { secureWebPreferences } from './shell/webPreferences'

// Built: out/main beside out/preload and out/renderer; this file is bundled into out/main/index.js.
const here = path.dirname(fileURLToPath(import.meta.url))

/** Where the window's pages come from; `isAppUrl` and the request filter trust only this. */
export function appLocation(): AppLocation {
  return {
    rendererDir: path.join(here, '../renderer'),
    devServerUrl: process.env.ELECTRON_RENDERER_URL,
  }
}

/**
 * The one window, created with the checklist's preferences (see `secureWebPreferences`); the
 * guards against navigation, new windows and webviews are applied to every web contents in index.
 */
export function createMainWindow(location: AppLocation): BrowserWindow {
  const window = new BrowserWindow({
    width: 1440,
    height: 900,
    show: false,
    title: 'Recto',
    webPreferences: secureWebPreferences(path.join(here, '../preload/index.cjs')),
  })
  window.once('ready-to-show', () => window.show())
  if (location.devServerUrl) void window.loadURL(location.devServerUrl)
  else void window.loadFile(path.join(location.rendererDir, 'index.html'))
  return window
}

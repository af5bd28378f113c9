import type { WebPreferences } from 'electron'

/**
 * The renderer's preferences per Electron's security checklist: the page runs isolated from the
 * preload, in Chromium's sandbox, without Node anywhere (page, workers, subframes), with web
 * security on and nothing experimental. The preload is the only bridge.
 */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    spellcheck: false,
  }
}

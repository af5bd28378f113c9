import type { WebContents } from 'electron'
import type { Log } from '../services/fileLog'

/**
 * Recto is one page that never leaves itself: every navigation a page starts (a link, a
 * `location` change, a form, a dropped file) is refused in the main frame and in any subframe,
 * `window.open` opens nothing, and `<webview>` never attaches. Loads started by main
 * (`loadFile`) do not pass through these events. Each refusal is logged.
 */
export function guardWebContents(contents: WebContents, log: Log): void {
  contents.on('will-navigate', (event) => {
    event.preventDefault()
    log('warn', `refused navigation to ${event.url}`)
  })
  contents.on('will-frame-navigate', (event) => {
    // The main frame's navigations are refused by will-navigate above.
    if (event.isMainFrame) return
    event.preventDefault()
    log('warn', `refused subframe navigation to ${event.url}`)
  })
  contents.setWindowOpenHandler(({ url }) => {
    log('warn', `refused to open a window for ${url}`)
    return { action: 'deny' }
  })
  contents.on('will-attach-webview', (event) => {
    event.preventDefault()
    log('warn', 'refused to attach a webview')
  })
}

import { createElement } from 'react'
import type { FunctionComponent } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it, vi } from 'vitest'

/**
 * The About box, rendered, shows the log file the app reports. electronShellMain.test.ts shows that
 * path is `<user data>/logs/recto.log` and that the shell's refusals are written there.
 */
const appInfo = {
  version: '0.1.0',
  dataDir: '/home/clerk/.config/Recto',
  databasePath: '/home/clerk/.config/Recto/recto.db',
  logPath: '/home/clerk/.config/Recto/logs/recto.log',
}
const state = vi.hoisted(() => ({ appInfo: null as unknown, loadAppInfo: () => Promise.resolve() }))
vi.mock('../../src/renderer/src/store', () => ({
  useRecto: (select: (s: typeof state) => unknown) => select(state),
}))

// A computed specifier: the renderer belongs to the web TypeScript project (see electronRendererPdfNoEval).
const aboutModule = '../../src/renderer/src/features/settings/AboutSection'

async function renderAbout(): Promise<string> {
  const { AboutSection } = (await import(/* @vite-ignore */ aboutModule)) as { AboutSection: FunctionComponent }
  return renderToStaticMarkup(createElement(AboutSection))
}

describe('the About box', () => {
  it('names the log file, the data folder and the database', async () => {
    state.appInfo = appInfo
    const html = await renderAbout()
    expect(html).toContain(`<dt>Log file</dt><dd data-testid="about-log">${appInfo.logPath}</dd>`)
    expect(html).toContain(`<dd data-testid="about-data-dir">${appInfo.dataDir}</dd>`)
    expect(html).toContain(`<dd data-testid="about-database">${appInfo.databasePath}</dd>`)
  })

  it('says it is loading until the app has answered', async () => {
    state.appInfo = null
    const html = await renderAbout()
    expect(html).toContain('Loading…')
    expect(html).not.toContain('about-log')
  })
})

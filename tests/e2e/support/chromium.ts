import { existsSync } from 'node:fs'
import { chromium } from '@playwright/test'

/**
 * Chromium for the e2e tests: CHROMIUM_PATH, else Debian's /usr/bin/chromium, else Playwright's
 * own download. Without any, say how to get one instead of failing obscurely.
 */
export function chromiumExecutable(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser']
  for (const candidate of candidates) if (candidate && existsSync(candidate)) return candidate
  try {
    const own = chromium.executablePath()
    if (own && existsSync(own)) return own
  } catch {
    // Playwright has no browser of its own here.
  }
  throw new Error(
    'No Chromium found for the e2e tests. Install one (Debian: apt-get install chromium) or set CHROMIUM_PATH.',
  )
}

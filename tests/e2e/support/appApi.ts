import type { Page } from '@playwright/test'

/**
 * Calls one method of the app's contract from inside the page, for a test's setup: through
 * Electron's preload where it exists, else through the localhost bridge with the page's token.
 */
export function callApp(page: Page, method: string, request: unknown): Promise<unknown> {
  return page.evaluate(
    async ({ method, request }) => {
      const preload = (window as { recto?: Record<string, (r: unknown) => Promise<unknown>> }).recto
      if (preload) return preload[method]!(request)
      const token = new URLSearchParams(location.search).get('token') ?? ''
      const response = await fetch(`/api/${method}`, {
        method: 'POST',
        headers: { 'x-recto-token': token, 'content-type': 'application/json' },
        body: JSON.stringify(request),
      })
      const envelope = (await response.json()) as { ok: boolean; value?: unknown; error?: { message: string } }
      if (!envelope.ok) throw new Error(envelope.error?.message)
      return envelope.value
    },
    { method, request },
  )
}

import type { RectoApi } from '../../../shared/ipc/contract'
import { createBridgeClient } from './bridgeClient'

let api: RectoApi | undefined

/**
 * Electron's preload exposes the API as `window.recto`; the browser test harness has no preload,
 * so there the renderer talks to the localhost bridge with the token it was opened with.
 */
export function getApi(): RectoApi {
  api ??=
    window.recto ??
    createBridgeClient({
      token: new URLSearchParams(location.search).get('token') ?? '',
      fetch: (url, init) => fetch(url, init),
      openEvents: (url) => new EventSource(url),
    })
  return api
}

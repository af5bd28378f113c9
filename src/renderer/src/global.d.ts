import type { RectoApi } from '../../shared/ipc/contract'

declare global {
  interface Window {
    /** Exposed by the Electron preload; absent in the browser test harness. */
    recto?: RectoApi
  }
}

export {}

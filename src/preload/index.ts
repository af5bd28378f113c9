/**
 * The narrow bridge: the renderer gets one named async function per contract method and an `on`
 * for push events, never `ipcRenderer` itself. Envelopes are unwrapped here so that a failed call
 * rejects with the error's code and message.
 */
import { contextBridge, ipcRenderer } from 'electron'
import { CHANNEL_PREFIX, EVENT_NAMES, METHOD_NAMES } from '../shared/ipc/names'
import type { Envelope, EventMap, EventName, RectoApi } from '../shared/ipc/contract'

class RectoError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message)
    this.name = 'RectoError'
  }
}

async function call(method: string, request: unknown): Promise<unknown> {
  const envelope = (await ipcRenderer.invoke(CHANNEL_PREFIX + method, request)) as Envelope<unknown>
  if (envelope.ok) return envelope.value
  throw new RectoError(envelope.error.code, envelope.error.message)
}

const methods = Object.fromEntries(
  METHOD_NAMES.map((method) => [method, (request: unknown) => call(method, request)]),
)

const api = {
  ...methods,
  on<E extends EventName>(event: E, listener: (payload: EventMap[E]) => void): () => void {
    if (!EVENT_NAMES.includes(event)) throw new Error(`unknown event ${event}`)
    const wrapped = (_e: unknown, payload: EventMap[E]) => listener(payload)
    ipcRenderer.on(CHANNEL_PREFIX + event, wrapped)
    return () => ipcRenderer.off(CHANNEL_PREFIX + event, wrapped)
  },
} as RectoApi satisfies RectoApi

contextBridge.exposeInMainWorld('recto', api)

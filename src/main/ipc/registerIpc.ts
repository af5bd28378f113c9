import { ipcMain } from 'electron'
import type { BrowserWindow } from 'electron'
import { CHANNEL_PREFIX, EVENT_NAMES, METHOD_NAMES } from '../../shared/ipc/contract'
import type { Envelope, Handlers } from '../../shared/ipc/contract'
import type { RectoEvents } from '../services/events'
import type { Log } from '../services/fileLog'
import { describeSender, isTrustedSender } from '../shell/trustedSender'
import { dispatch } from './dispatch'

export interface IpcOptions {
  window: BrowserWindow
  handlers: Handlers
  events: RectoEvents
  log: Log
  isAppUrl: (url: string) => boolean
}

const FORBIDDEN: Envelope<never> = {
  ok: false,
  error: { code: 'forbidden', message: 'IPC is accepted only from the app’s own page.' },
}

/**
 * Registers one IPC handler per contract method, and no other channel. Messages from any window,
 * frame or page but the app's own main frame are refused and logged, and every payload goes
 * through the contract's schema in `dispatch`. Returns the function that unregisters it all.
 */
export function registerIpc({ window, handlers, events, log, isAppUrl }: IpcOptions): () => void {
  for (const method of METHOD_NAMES) {
    ipcMain.handle(CHANNEL_PREFIX + method, (event, payload: unknown) => {
      if (!isTrustedSender(event, window, isAppUrl)) {
        log('warn', `refused IPC ${method} from ${describeSender(event)}`)
        return FORBIDDEN
      }
      return dispatch(handlers, method, payload, (error) => log('error', `IPC ${method} failed`, error))
    })
  }
  const offs = EVENT_NAMES.map((name) =>
    events.on(name, (payload) => {
      if (!window.isDestroyed()) window.webContents.send(CHANNEL_PREFIX + name, payload)
    }),
  )
  return () => {
    for (const method of METHOD_NAMES) ipcMain.removeHandler(CHANNEL_PREFIX + method)
    offs.forEach((off) => off())
  }
}

import { ipcMain } from 'electron'
import type { BrowserWindow, IpcMainInvokeEvent } from 'electron'
import { CHANNEL_PREFIX, EVENT_NAMES, METHOD_NAMES } from '../../shared/ipc/contract'
import type { Handlers } from '../../shared/ipc/contract'
import type { RectoEvents } from '../services/events'
import { dispatch } from './dispatch'

/**
 * Registers one IPC handler per contract method. Messages from any frame but the app's own main
 * frame are refused, and every payload goes through the contract's schema in `dispatch`.
 */
export function registerIpc(
  window: BrowserWindow,
  handlers: Handlers,
  events: RectoEvents,
  log: (error: unknown) => void,
): () => void {
  const fromOwnFrame = (event: IpcMainInvokeEvent) =>
    event.sender === window.webContents && event.senderFrame === window.webContents.mainFrame
  for (const method of METHOD_NAMES) {
    ipcMain.handle(CHANNEL_PREFIX + method, (event, payload: unknown) => {
      if (!fromOwnFrame(event)) {
        return { ok: false, error: { code: 'forbidden', message: 'IPC from an unknown frame.' } }
      }
      return dispatch(handlers, method, payload, log)
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

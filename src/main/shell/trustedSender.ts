import type { BrowserWindow, IpcMainInvokeEvent } from 'electron'

/**
 * IPC is accepted only from the app's own window, from its main frame (not an iframe inside it),
 * while that frame shows one of the app's own pages. A frame that somehow reached a foreign page
 * loses the bridge, as in VS Code's IPC layer.
 */
export function isTrustedSender(
  event: Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>,
  window: BrowserWindow,
  isAppUrl: (url: string) => boolean,
): boolean {
  if (window.isDestroyed()) return false
  const frame = event.senderFrame
  return (
    event.sender === window.webContents &&
    frame !== null &&
    frame === window.webContents.mainFrame &&
    isAppUrl(frame.url)
  )
}

/** For the log: the sending frame's URL, if the frame still exists (a disposed frame throws). */
export function describeSender(event: Pick<IpcMainInvokeEvent, 'senderFrame'>): string {
  try {
    return event.senderFrame?.url ?? 'a closed frame'
  } catch {
    return 'a closed frame'
  }
}

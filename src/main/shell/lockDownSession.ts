import type { Session } from 'electron'
import type { Log } from '../services/fileLog'

/**
 * Nothing leaves the machine and nothing is granted: every request that is not one of the app's
 * own files (see `isAllowedRequest`) is cancelled and logged, every permission request (camera,
 * microphone, notifications, geolocation…) is denied and logged, permission checks answer no, and
 * no USB/HID/serial device is ever handed to the page.
 */
export function lockDownSession(
  session: Session,
  isAllowedRequest: (url: string) => boolean,
  log: Log,
): void {
  session.setPermissionRequestHandler((_contents, permission, callback) => {
    log('warn', `denied permission request: ${permission}`)
    callback(false)
  })
  session.setPermissionCheckHandler(() => false)
  session.setDevicePermissionHandler(() => false)
  session.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isAllowedRequest(details.url)
    if (!allowed) log('warn', `blocked network request: ${details.method} ${details.url}`)
    callback({ cancel: !allowed })
  })
}

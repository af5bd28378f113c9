import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const APP_NAME = 'Recto'

/**
 * The same folder Electron's `app.getPath('userData')` gives for an app named Recto, so the CLI's
 * default database is the app's own.
 */
export function defaultUserDataDir(): string {
  if (process.env.RECTO_DATA_DIR) return path.resolve(process.env.RECTO_DATA_DIR)
  const home = os.homedir()
  if (process.platform === 'win32') {
    return path.join(process.env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), APP_NAME)
  }
  if (process.platform === 'darwin') return path.join(home, 'Library', 'Application Support', APP_NAME)
  return path.join(process.env.XDG_CONFIG_HOME ?? path.join(home, '.config'), APP_NAME)
}

/** The bundled sample invoices, loaded into an empty database on first start. */
export function bundledSamplesDir(): string {
  // From source: <root>/src/main; built: <root>/out/main. Packaged apps set RECTO_RESOURCES.
  const root = process.env.RECTO_RESOURCES ?? path.resolve(fileURLToPath(new URL('.', import.meta.url)), '../../resources')
  return path.join(root, 'samples')
}

import { readFileSync } from 'node:fs'

function readVersion(): string {
  // package.json sits two folders up from source (src/main/services) and from the build (out/main).
  for (const rel of ['../../../package.json', '../../package.json']) {
    try {
      const pkg = JSON.parse(readFileSync(new URL(rel, import.meta.url), 'utf8')) as { name?: string; version?: string }
      if (pkg.name === 'recto' && pkg.version) return pkg.version
    } catch {
      // try the next location
    }
  }
  return '0.0.0'
}

/** Written into every edit row, so an audit can tell which build made a decision. */
export const APP_VERSION = readVersion()

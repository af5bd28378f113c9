import { DEFAULT_SETTINGS, settingsSchema } from '../../../shared/settings'
import type { Settings } from '../../../shared/settings'
import type { ReadableDb, WritableDb } from '../handles'
import { prepared } from '../statements'

/** Settings are one validated JSON value; unknown or invalid stored keys fall back to defaults. */
export function readSettings(db: ReadableDb): Settings {
  const row = prepared(db, "SELECT value FROM settings WHERE key = 'app'").get() as
    | { value: string }
    | undefined
  if (!row) return DEFAULT_SETTINGS
  const parsed = settingsSchema.partial().safeParse(JSON.parse(row.value))
  return { ...DEFAULT_SETTINGS, ...(parsed.success ? parsed.data : {}) }
}

export function writeSettings(db: WritableDb, settings: Settings): void {
  prepared(
    db,
    "INSERT INTO settings (key, value) VALUES ('app', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
  ).run(JSON.stringify(settingsSchema.parse(settings)))
}

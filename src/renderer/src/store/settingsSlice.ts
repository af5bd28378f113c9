import type { RectoApi, ResponseOf } from '../../../shared/ipc/contract'
import { DEFAULT_SETTINGS } from '../../../shared/settings'
import type { Settings } from '../../../shared/settings'
import type { SliceCreator } from './types'

export type AppInfo = ResponseOf<'getAppInfo'>

export interface SettingsSlice {
  /** The defaults until main answers, so the review view never waits on settings. */
  settings: Settings
  settingsLoaded: boolean
  appInfo: AppInfo | null
  loadSettings: () => Promise<void>
  /** True when main accepted and stored the change. */
  saveSettings: (change: Partial<Settings>) => Promise<boolean>
  loadAppInfo: () => Promise<void>
}

export const createSettingsSlice =
  (api: RectoApi): SliceCreator<SettingsSlice> =>
  (set, get) => ({
    settings: DEFAULT_SETTINGS,
    settingsLoaded: false,
    appInfo: null,
    loadSettings: async () => {
      try {
        set({ settings: await api.getSettings({}), settingsLoaded: true })
      } catch (error) {
        get().reportError(error)
      }
    },
    saveSettings: async (change) => {
      try {
        set({ settings: await api.updateSettings(change) })
        return true
      } catch (error) {
        get().reportError(error)
        return false
      }
    },
    loadAppInfo: async () => {
      try {
        set({ appInfo: await api.getAppInfo({}) })
      } catch (error) {
        get().reportError(error)
      }
    },
  })

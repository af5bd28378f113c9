import type { ProfilesInfo, Role } from '../../../shared/documents'
import type { RectoApi } from '../../../shared/ipc/contract'
import type { SliceCreator } from './types'

export interface ProfilesSlice {
  /** Null until main answers; the app then acts as a clerk (main decides anyway). */
  profiles: ProfilesInfo | null
  profilesOpen: boolean
  setProfilesOpen: (open: boolean) => void
  loadProfiles: () => Promise<void>
  /** True when main stored the profile. */
  saveProfile: (name: string, role: Role) => Promise<boolean>
  switchProfile: (name: string) => Promise<void>
}

export const createProfilesSlice =
  (api: RectoApi): SliceCreator<ProfilesSlice> =>
  (set, get) => ({
    profiles: null,
    profilesOpen: false,
    setProfilesOpen: (profilesOpen) => set({ profilesOpen }),
    loadProfiles: async () => {
      try {
        set({ profiles: await api.listProfiles({}) })
      } catch (error) {
        get().reportError(error)
      }
    },
    saveProfile: async (name, role) => {
      try {
        set({ profiles: await api.saveProfile({ name, role }) })
        return true
      } catch (error) {
        get().reportError(error)
        return false
      }
    },
    switchProfile: async (name) => {
      try {
        // Pending drafts were typed by the previous person; they are saved under their name.
        await get().flushDrafts()
        const profiles = await api.switchProfile({ name })
        set({ profiles })
        if (profiles.current.role !== 'supervisor' && get().view.name === 'metrics') {
          set({ view: { name: 'queue' } })
        }
        await get().loadSettings()
        void get().refreshDocuments()
      } catch (error) {
        get().reportError(error)
      }
    },
  })

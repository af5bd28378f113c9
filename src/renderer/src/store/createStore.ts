import { create } from 'zustand'
import type { RectoApi } from '../../../shared/ipc/contract'
import { createAuditSlice } from './auditSlice'
import { createExportSlice } from './exportSlice'
import { createMetricsSlice } from './metricsSlice'
import { createNavSlice } from './navSlice'
import { createPageSlice } from './pageSlice'
import { createProfilesSlice } from './profilesSlice'
import { createQueueSlice } from './queueSlice'
import { createReviewSlice } from './reviewSlice'
import { createSettingsSlice } from './settingsSlice'
import type { RectoState } from './types'

/** One bound store from the slices; the API is handed in so tests can give it a fake. */
export function createRectoStore(api: RectoApi) {
  return create<RectoState>()((...a) => ({
    ...createNavSlice(...a),
    ...createQueueSlice(api)(...a),
    ...createReviewSlice(api)(...a),
    ...createPageSlice(api)(...a),
    ...createSettingsSlice(api)(...a),
    ...createProfilesSlice(api)(...a),
    ...createAuditSlice(api)(...a),
    ...createMetricsSlice(api)(...a),
    ...createExportSlice(api)(...a),
  }))
}

export type RectoStore = ReturnType<typeof createRectoStore>

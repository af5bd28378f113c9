import type { Metrics } from '../../../shared/documents'
import type { RectoApi } from '../../../shared/ipc/contract'
import type { ModelInfo, RetrainSummary } from '../../../shared/learning'
import { rangeRequest } from '../features/audit/auditModel'
import type { SliceCreator } from './types'

export interface MetricsSlice {
  metrics: Metrics | null
  /** Local calendar days, `YYYY-MM-DD` or empty. */
  metricsRange: { from: string; to: string }
  setMetricsRange: (range: { from: string; to: string }) => void
  loadMetrics: () => Promise<void>
  /** The last retraining a supervisor asked for in this session, and whether one is running. */
  retrain: { running: boolean; result: RetrainSummary | null }
  retrainModel: () => Promise<void>
  /** The model version extraction uses now; null until loaded. */
  model: ModelInfo | null
}

export const createMetricsSlice =
  (api: RectoApi): SliceCreator<MetricsSlice> =>
  (set, get) => ({
    metrics: null,
    metricsRange: { from: '', to: '' },
    retrain: { running: false, result: null },
    model: null,
    setMetricsRange: (metricsRange) => {
      set({ metricsRange })
      void get().loadMetrics()
    },
    loadMetrics: async () => {
      const { from, to } = get().metricsRange
      const range = rangeRequest(from, to)
      if (!range) return
      try {
        const [metrics, model] = await Promise.all([api.getMetrics(range), api.getModelInfo({})])
        set({ metrics, model })
      } catch (error) {
        set({ metrics: null })
        get().reportError(error)
      }
    },
    retrainModel: async () => {
      if (get().retrain.running) return
      set({ retrain: { ...get().retrain, running: true } })
      try {
        set({ retrain: { running: false, result: await api.retrainModel({}) } })
        set({ model: await api.getModelInfo({}) })
      } catch (error) {
        set({ retrain: { ...get().retrain, running: false } })
        get().reportError(error)
      }
    },
  })

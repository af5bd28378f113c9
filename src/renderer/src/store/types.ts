import type { StateCreator } from 'zustand'
import type { AuditSlice } from './auditSlice'
import type { ExportSlice } from './exportSlice'
import type { MetricsSlice } from './metricsSlice'
import type { NavSlice } from './navSlice'
import type { PageSlice } from './pageSlice'
import type { ProfilesSlice } from './profilesSlice'
import type { QueueSlice } from './queueSlice'
import type { ReviewSlice } from './reviewSlice'
import type { SettingsSlice } from './settingsSlice'

export type RectoState = NavSlice &
  QueueSlice &
  ReviewSlice &
  PageSlice &
  SettingsSlice &
  ProfilesSlice &
  AuditSlice &
  MetricsSlice &
  ExportSlice

export type SliceCreator<T> = StateCreator<RectoState, [], [], T>

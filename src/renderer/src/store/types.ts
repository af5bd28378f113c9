import type { StateCreator } from 'zustand'
import type { NavSlice } from './navSlice'
import type { PageSlice } from './pageSlice'
import type { QueueSlice } from './queueSlice'
import type { ReviewSlice } from './reviewSlice'
import type { SettingsSlice } from './settingsSlice'

export type RectoState = NavSlice & QueueSlice & ReviewSlice & PageSlice & SettingsSlice

export type SliceCreator<T> = StateCreator<RectoState, [], [], T>

import { describe, expect, it } from 'vitest'
import type { ProfilesInfo } from '../../../shared/documents'
import type { ExportProgress } from '../../../shared/exports'
import { METHOD_NAMES } from '../../../shared/ipc/contract'
import type { RectoApi } from '../../../shared/ipc/contract'
import { DEFAULT_SETTINGS } from '../../../shared/settings'
import { createRectoStore } from './createStore'

const info = (name: string, role: ProfilesInfo['current']['role']): ProfilesInfo => ({
  profiles: [],
  current: { name, role, registered: true },
})

/** A fake main: every method rejects unless a test gives it an answer. */
function fakeApi(answers: Partial<Record<(typeof METHOD_NAMES)[number], (req: never) => unknown>>) {
  const calls: [string, unknown][] = []
  const api = Object.fromEntries(
    METHOD_NAMES.map((name) => [
      name,
      (req: never) => {
        calls.push([name, req])
        const answer = answers[name]
        return answer ? Promise.resolve(answer(req)) : Promise.reject(new Error(`unexpected ${name}`))
      },
    ]),
  )
  return { api: { ...api, on: () => () => undefined } as unknown as RectoApi, calls }
}

describe('profiles, metrics and export slices', () => {
  it('leaves the metrics view when the new profile is not a supervisor', async () => {
    const { api } = fakeApi({
      getMetrics: () => ({}),
      getModelInfo: () => ({ activeVersion: 'rules-1', trainedAt: null, trainingSize: 0, trainedVersions: 0 }),
      switchProfile: () => info('ann', 'clerk'),
      getSettings: () => ({ ...DEFAULT_SETTINGS, userName: 'ann' }),
      listDocuments: () => [],
    })
    const store = createRectoStore(api)
    await store.getState().showView('metrics')
    expect(store.getState().view.name).toBe('metrics')
    await store.getState().switchProfile('ann')
    expect(store.getState().view.name).toBe('queue')
    expect(store.getState().settings.userName).toBe('ann')
  })

  it('asks the edit log for local days as instants, and only for the newest answer', async () => {
    const { api, calls } = fakeApi({ listAudit: () => ({ entries: [], total: 0 }) })
    const store = createRectoStore(api)
    store.getState().setAuditFilter({ user: 'ann', from: '2025-03-01' })
    await store.getState().loadAudit(0)
    expect(calls.at(-1)).toEqual([
      'listAudit',
      { user: 'ann', from: new Date(2025, 2, 1).toISOString(), limit: 200, offset: 0 },
    ])
    expect(store.getState().audit).toEqual({ entries: [], total: 0 })
  })

  it('runs an export: progress while it runs, the summary when it is done', async () => {
    let finish: (value: unknown) => void = () => undefined
    const { api } = fakeApi({ exportTrainingSet: () => new Promise((resolve) => (finish = resolve)) })
    const store = createRectoStore(api)
    store.getState().setExportOpen(true)
    const running = store.getState().startExport({ format: 'jsonl', outDir: '/tmp/x' })
    expect(store.getState().exportRunning).toBe(true)
    const progress: ExportProgress = { done: 1, total: 2, documentId: 1, stage: 'documents' }
    store.getState().applyExportProgress(progress)
    expect(store.getState().exportProgress).toEqual(progress)
    const summary = { outDir: '/tmp/x', documents: 2, pages: 2, images: 0, files: 3, warnings: [] }
    finish(summary)
    await running
    expect(store.getState()).toMatchObject({ exportRunning: false, exportSummary: summary })
  })
})

import { describe, expect, it } from 'vitest'
import type { RectoApi } from '../../../../shared/ipc/contract'
import { METHOD_NAMES } from '../../../../shared/ipc/contract'
import type { RetrainSummary } from '../../../../shared/learning'
import { createRectoStore } from '../../store/createStore'
import { beforeAfter } from './metricsModel'

const summary: RetrainSummary = {
  version: 'ranker-3',
  previousVersion: 'ranker-2',
  documents: 40,
  confidence: { samples: 460, logLossBefore: 0.0025, logLossAfter: 0.001, eceBefore: 0.0025, eceAfter: 0.001 },
  ranker: { decisions: 161, noMatch: 9, lossBefore: 0.11, lossAfter: 0.07, top1Before: 0.9, top1After: 1 },
}

/** A fake main whose retrainModel answers when the test says so, or refuses. */
function fakeApi(retrain: () => Promise<RetrainSummary>) {
  let calls = 0
  const api = Object.fromEntries(METHOD_NAMES.map((name) => [name, () => Promise.reject(new Error(`unexpected ${name}`))]))
  const retrainModel = () => {
    calls++
    return retrain()
  }
  return { api: { ...api, retrainModel, on: () => () => undefined } as unknown as RectoApi, calls: () => calls }
}

describe('retraining from the metrics view', () => {
  it('asks main once however often the button is pressed, and keeps the new version', async () => {
    let answer: (s: RetrainSummary) => void = () => undefined
    const { api, calls } = fakeApi(() => new Promise((resolve) => (answer = resolve)))
    const store = createRectoStore(api)
    const first = store.getState().retrainModel()
    void store.getState().retrainModel()
    expect(store.getState().retrain.running).toBe(true)
    answer(summary)
    await first
    expect(calls()).toBe(1)
    expect(store.getState().retrain).toEqual({ running: false, result: summary })
  })

  it('shows a refusal (too few decisions, not a supervisor) and keeps the last result', async () => {
    const { api } = fakeApi(() => Promise.reject(new Error('Retraining needs at least 30 confirmed fields')))
    const store = createRectoStore(api)
    await store.getState().retrainModel()
    expect(store.getState().retrain).toEqual({ running: false, result: null })
    expect(store.getState().notice).toMatchObject({ tone: 'error', text: expect.stringMatching(/at least 30 confirmed fields/) })
  })

  it('writes figures as before → after', () => {
    expect(beforeAfter('90%', '100%')).toBe('90% → 100%')
    expect(beforeAfter(0.11, 0.07)).toBe('0.11 → 0.07')
  })
})

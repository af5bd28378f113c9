import { beforeEach, describe, expect, it, vi } from 'vitest'
import { CHANNEL_PREFIX, EVENT_NAMES, METHOD_NAMES } from '../../src/shared/ipc/names'
import { resetFakeElectron } from './electronFake'
import type { FakeRenderer } from './electronFake'

/** src/preload/index.ts, run against a faked electron: what the sandboxed page is given. */
vi.mock('electron', async () => (await import('./electronFake')).electronModule)

let renderer: FakeRenderer
let api: Record<string, unknown>

beforeEach(async () => {
  vi.resetModules()
  renderer = resetFakeElectron().renderer
  await import('../../src/preload/index')
  api = renderer.exposed.get('recto') as Record<string, unknown>
})

type Method = (request: unknown) => Promise<unknown>
const method = (name: string) => api[name] as Method

describe('the preload bridge', () => {
  it('exposes one object, with one function per contract method and `on`, and nothing of Electron or Node', () => {
    expect([...renderer.exposed.keys()]).toEqual(['recto'])
    expect(Object.keys(api).sort()).toEqual([...METHOD_NAMES, 'on'].sort())
    for (const value of Object.values(api)) expect(value).toBeTypeOf('function')
    for (const forbidden of ['invoke', 'send', 'ipcRenderer', 'require', 'process']) expect(api).not.toHaveProperty(forbidden)
  })

  it("calls each method on its own prefixed channel and unwraps main's envelope", async () => {
    renderer.answer = () => ({ ok: true, value: { id: 7 } })
    expect(await method('getDocument')({ documentId: 7 })).toEqual({ id: 7 })
    expect(renderer.invoked).toEqual([{ channel: `${CHANNEL_PREFIX}getDocument`, payload: { documentId: 7 } }])
  })

  it("turns a refusal into a rejection carrying main's code and message", async () => {
    renderer.answer = () => ({ ok: false, error: { code: 'forbidden', message: 'IPC is accepted only from the app’s own page.' } })
    const error = (await method('getAppInfo')({}).catch((e: unknown) => e)) as { name: string; code: string; message: string }
    expect(error).toMatchObject({ name: 'RectoError', code: 'forbidden', message: 'IPC is accepted only from the app’s own page.' })
  })

  it('subscribes only to the contract events, and unsubscribes', () => {
    const on = api.on as (event: string, listener: (payload: unknown) => void) => () => void
    const seen: unknown[] = []
    const off = on('progress', (payload) => seen.push(payload))
    renderer.listeners.emit(`${CHANNEL_PREFIX}progress`, {}, { documentId: 1 })
    off()
    renderer.listeners.emit(`${CHANNEL_PREFIX}progress`, {}, { documentId: 2 })
    expect(seen).toEqual([{ documentId: 1 }])
    expect(EVENT_NAMES).toContain('progress')
    expect(() => on('recto:anything', () => {})).toThrow(/unknown event/)
    expect(() => on('ipc-message', () => {})).toThrow(/unknown event/)
  })
})

import { describe, expect, it } from 'vitest'
import { RectoError } from '../../../shared/errors'
import { METHOD_NAMES } from '../../../shared/ipc/contract'
import { BRIDGE_TOKEN_HEADER, decodeWire, encodeWire } from '../../../shared/ipc/wire'
import { createBridgeClient } from './bridgeClient'
import type { EventSourceLike } from './bridgeClient'

type Listener = (event: MessageEvent<string>) => void

function harness(answer: (url: string, body: unknown) => { status: number; text: string }) {
  const requests: { url: string; headers: Record<string, string>; body: unknown }[] = []
  const listeners = new Map<string, Set<Listener>>()
  const opened: string[] = []
  const source: EventSourceLike = {
    addEventListener: (type, l) => listeners.set(type, (listeners.get(type) ?? new Set()).add(l)),
    removeEventListener: (type, l) => listeners.get(type)?.delete(l),
  }
  const api = createBridgeClient({
    token: 't/1',
    fetch: (url, init) => {
      const body = decodeWire(init.body as string)
      requests.push({ url, headers: init.headers as Record<string, string>, body })
      const { status, text } = answer(url, body)
      return Promise.resolve(new Response(text, { status }))
    },
    openEvents: (url) => {
      opened.push(url)
      return source
    },
  })
  const emit = (type: string, payload: unknown) =>
    listeners.get(type)?.forEach((l) => l({ data: encodeWire(payload) } as MessageEvent<string>))
  return { api, requests, opened, emit }
}

describe('createBridgeClient', () => {
  it('has every method of the contract', () => {
    const { api } = harness(() => ({ status: 200, text: '{}' }))
    for (const name of METHOD_NAMES) expect(typeof api[name]).toBe('function')
  })

  it('posts the request with the token and unwraps the envelope, bytes included', async () => {
    const bytes = new Uint8Array([1, 2, 3])
    const { api, requests } = harness(() => ({
      status: 200,
      text: encodeWire({ ok: true, value: { mime: 'application/pdf', bytes } }),
    }))
    const file = await api.getDocumentFile({ documentId: 3 })
    expect(file.bytes).toEqual(bytes)
    expect(requests[0]).toEqual({
      url: '/api/getDocumentFile',
      headers: { [BRIDGE_TOKEN_HEADER]: 't/1', 'content-type': 'application/json' },
      body: { documentId: 3 },
    })
  })

  it('turns an error envelope into a RectoError with its code', async () => {
    const { api } = harness(() => ({
      status: 400,
      text: encodeWire({ ok: false, error: { code: 'not_found', message: 'No such document.' } }),
    }))
    const error = await api.getDocument({ documentId: 9 }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(RectoError)
    expect(error).toMatchObject({ code: 'not_found', message: 'No such document.' })
  })

  it('reports a reply that is not an envelope', async () => {
    const { api } = harness(() => ({ status: 502, text: '<html>bad gateway</html>' }))
    await expect(api.getSettings({})).rejects.toMatchObject({ code: 'bridge' })
  })

  it('opens one event stream and unsubscribes', () => {
    const { api, opened, emit } = harness(() => ({ status: 200, text: '{}' }))
    const seen: unknown[] = []
    const off = api.on('documentsChanged', (p) => seen.push(p))
    api.on('progress', () => undefined)
    emit('documentsChanged', { documentIds: [1] })
    off()
    emit('documentsChanged', { documentIds: [2] })
    expect(seen).toEqual([{ documentIds: [1] }])
    expect(opened).toEqual(['/api/events?token=t%2F1'])
  })
})

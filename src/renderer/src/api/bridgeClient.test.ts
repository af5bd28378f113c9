import { describe, expect, it } from 'vitest'
import { RectoError } from '../../../shared/errors'
import { METHOD_NAMES } from '../../../shared/ipc/contract'
import {
  BRIDGE_TOKEN_HEADER,
  WIRE_FRAME_TYPE,
  decodeWire,
  decodeWireFrame,
  encodeWire,
  encodeWireFrame,
} from '../../../shared/ipc/wire'
import { createBridgeClient } from './bridgeClient'
import type { EventSourceLike } from './bridgeClient'

type Listener = (event: MessageEvent<string>) => void

type Reply = { status: number; text: string } | { status: number; frame: Uint8Array<ArrayBuffer> }

function harness(answer: (url: string, body: unknown) => Reply) {
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
      const body =
        init.body instanceof Uint8Array ? decodeWireFrame(init.body) : decodeWire(init.body as string)
      requests.push({ url, headers: init.headers as Record<string, string>, body })
      const reply = answer(url, body)
      if ('text' in reply) return Promise.resolve(new Response(reply.text, { status: reply.status }))
      const headers = { 'content-type': WIRE_FRAME_TYPE }
      return Promise.resolve(new Response(reply.frame, { status: reply.status, headers }))
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

  it('reads an answer sent as a frame, bytes raw beside the JSON', async () => {
    const bytes = new Uint8Array([0, 255, 7, 8])
    const { api } = harness(() => ({
      status: 200,
      frame: encodeWireFrame({ ok: true, value: { mime: 'image/png', bytes } }),
    }))
    const image = await api.getDocumentFile({ documentId: 3 })
    expect(image).toEqual({ mime: 'image/png', bytes })
  })

  it('sends a request holding bytes as a frame', async () => {
    const bytes = new Uint8Array(70_000).map((_, i) => i % 251)
    const { api, requests } = harness(() => ({
      status: 200,
      text: encodeWire({ ok: true, value: { added: [], duplicates: [], failed: [] } }),
    }))
    await api.importFiles({ files: [{ name: 'a.pdf', bytes }] })
    expect(requests[0]!.headers['content-type']).toBe(WIRE_FRAME_TYPE)
    expect(requests[0]!.body).toEqual({ files: [{ name: 'a.pdf', bytes }] })
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

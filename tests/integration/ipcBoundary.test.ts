import { mkdtempSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startBridge } from '../../src/main/bridge/server'
import type { Bridge } from '../../src/main/bridge/server'
import { dispatch } from '../../src/main/ipc/dispatch'
import { createRecto } from '../../src/main/services/createRecto'
import type { Recto } from '../../src/main/services/createRecto'
import { METHOD_NAMES } from '../../src/shared/ipc/contract'
import { BRIDGE_TOKEN_HEADER, decodeWire, encodeWire } from '../../src/shared/ipc/wire'

let recto: Recto
let bridge: Bridge

beforeAll(async () => {
  recto = createRecto({ dataDir: mkdtempSync(path.join(os.tmpdir(), 'recto-ipc-')) })
  bridge = await startBridge({ handlers: recto.handlers, events: recto.ctx.events, staticDir: os.tmpdir() })
})
afterAll(async () => {
  await bridge.close()
  await recto.close()
})

/** Deterministic generator of hostile payloads: wrong types, huge values, prototype tricks. */
function* payloads(seed: number, count: number): Generator<unknown> {
  let x = seed
  const rand = () => ((x = (x * 1103515245 + 12345) >>> 0) / 2 ** 32)
  const atoms: unknown[] = [null, undefined, 0, -1, 1.5, 2 ** 53, NaN, '', 'x'.repeat(10_000), true, [], {},
    '../../etc/passwd', { __proto__: { polluted: true } }, { constructor: { prototype: {} } }, new Uint8Array(3)]
  const keys = ['documentId', 'page', 'paths', 'files', 'key', 'value', 'action', 'bbox', 'reason', 'text',
    'status', 'search', 'line', 'reviewThreshold', 'userName', 'password', 'limit', '__proto__']
  const value = (depth: number): unknown => {
    const r = rand()
    if (depth > 2 || r < 0.6) return atoms[Math.floor(rand() * atoms.length)]
    if (r < 0.8) return Array.from({ length: Math.floor(rand() * 4) }, () => value(depth + 1))
    return Object.fromEntries(Array.from({ length: Math.floor(rand() * 4) }, () => [keys[Math.floor(rand() * keys.length)], value(depth + 1)]))
  }
  for (let i = 0; i < count; i++) yield i % 3 === 0 ? value(0) : { [keys[Math.floor(rand() * keys.length)]!]: value(1) }
}

describe('the IPC boundary', () => {
  it('refuses 1,000 malformed payloads per method cleanly, and the app goes on working', async () => {
    for (const [m, method] of METHOD_NAMES.entries()) {
      for (const payload of payloads(m + 1, 1000)) {
        const envelope = await dispatch(recto.handlers, method, payload)
        expect(typeof envelope.ok).toBe('boolean')
        if (!envelope.ok && envelope.error.code === 'internal') throw new Error(`${method}: ${envelope.error.message} for ${JSON.stringify(payload)?.slice(0, 200)}`)
      }
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    const settings = await dispatch(recto.handlers, 'getSettings', {})
    expect(settings.ok).toBe(true)
    expect(await dispatch(recto.handlers, 'listDocuments', {})).toMatchObject({ ok: true })
  })

  it('refuses unknown methods', async () => {
    expect(await dispatch(recto.handlers, 'constructor', {})).toMatchObject({ ok: false, error: { code: 'unknown_method' } })
    expect(await dispatch(recto.handlers, '__proto__', {})).toMatchObject({ ok: false, error: { code: 'unknown_method' } })
  })
})

describe('the test bridge', () => {
  const post = (token: string | null, body = '{}') =>
    fetch(new URL('/api/getSettings', bridge.url), {
      method: 'POST',
      headers: token === null ? {} : { [BRIDGE_TOKEN_HEADER]: token },
      body,
    })

  it('listens on loopback only', () => {
    const address = bridge.server.address()
    expect(typeof address === 'object' && address?.address).toBe('127.0.0.1')
  })

  it('refuses a request without the per-run token, or with a wrong one', async () => {
    expect((await post(null)).status).toBe(401)
    expect((await post('0'.repeat(bridge.token.length))).status).toBe(401)
    expect((await fetch(new URL('/api/events', bridge.url).origin + '/api/events')).status).toBe(401)
  })

  it('serves the contract with the token', async () => {
    const response = await post(bridge.token, encodeWire({}))
    expect(response.status).toBe(200)
    expect(decodeWire(await response.text())).toMatchObject({ ok: true, value: { reviewThreshold: expect.any(Number) } })
  })
})

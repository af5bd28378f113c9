import { mkdtempSync, readFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  BRIDGE_TOKEN_HEADER,
  WIRE_FRAME_TYPE,
  decodeWire,
  decodeWireFrame,
  encodeWireFrame,
} from '../../shared/ipc/wire'
import { createRecto } from '../services/createRecto'
import type { Recto } from '../services/createRecto'
import { startBridge } from './server'
import type { Bridge } from './server'

const sample = path.resolve(import.meta.dirname, '../../../resources/samples/01-kranichsteg-feinmechanik.pdf')

let recto: Recto
let bridge: Bridge

beforeAll(async () => {
  recto = createRecto({ dataDir: mkdtempSync(path.join(os.tmpdir(), 'recto-bridge-')) })
  bridge = await startBridge({ handlers: recto.handlers, events: recto.ctx.events, staticDir: os.tmpdir() })
})
afterAll(async () => {
  await bridge.close()
  await recto.close()
})

function post(method: string, body: BodyInit, contentType: string): Promise<Response> {
  return fetch(new URL(`/api/${method}`, bridge.url), {
    method: 'POST',
    headers: { [BRIDGE_TOKEN_HEADER]: bridge.token, 'content-type': contentType },
    body,
  })
}

describe('the bridge carries bytes raw', () => {
  it('takes a file as a frame and hands the same bytes back as a frame', async () => {
    const bytes = new Uint8Array(readFileSync(sample))
    const imported = await post('importFiles', encodeWireFrame({ files: [{ name: 'a.pdf', bytes }] }), WIRE_FRAME_TYPE)
    const { value } = decodeWire(await imported.text()) as { value: { added: { id: number }[] } }
    const documentId = value.added[0]!.id

    const answer = await post('getDocumentFile', JSON.stringify({ documentId }), 'application/json')
    expect(answer.headers.get('content-type')).toBe(WIRE_FRAME_TYPE)
    const frame = new Uint8Array(await answer.arrayBuffer())
    // The raw PDF plus a short JSON head: no base64 on the way.
    expect(frame.byteLength).toBeLessThan(bytes.byteLength + 200)
    const decoded = decodeWireFrame(frame) as { ok: boolean; value: { bytes: Uint8Array } }
    expect(decoded.ok).toBe(true)
    expect(decoded.value.bytes).toEqual(bytes)
  })

  it('answers JSON for values without bytes, and refuses a broken frame cleanly', async () => {
    const settings = await post('getSettings', '{}', 'application/json')
    expect(settings.headers.get('content-type')).toBe('application/json')
    const broken = await post('getDocument', new Uint8Array([200, 0, 0, 0, 123]), WIRE_FRAME_TYPE)
    expect(decodeWire(await broken.text())).toMatchObject({ ok: false, error: { code: 'invalid_request' } })
  })
})

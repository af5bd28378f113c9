/**
 * JSON over the localhost test bridge cannot carry bytes; Electron's IPC can. Two codecs let the
 * bridge carry the same values. Pure, so both ends share them.
 * - Text: Uint8Array ⇄ `{ "$bytes": base64 }`, for values without bytes (and the event stream).
 * - Frame: the JSON with each Uint8Array replaced by `{ "$frame": [offset, length] }`, followed by
 *   the raw bytes. A page file then crosses the bridge as it is, with no base64 inflation, no
 *   string building and no decoding loop on either side.
 */

const BYTES_TAG = '$bytes'
const FRAME_TAG = '$frame'

/** Content type of a frame, on requests and answers alike. */
export const WIRE_FRAME_TYPE = 'application/x-recto-frame'

export function encodeWire(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v instanceof Uint8Array ? { [BYTES_TAG]: bytesToBase64(v) } : v,
  )
}

export function decodeWire(json: string): unknown {
  return JSON.parse(json, (_key, v: unknown) => {
    if (v && typeof v === 'object' && BYTES_TAG in v) {
      const encoded = (v as Record<string, unknown>)[BYTES_TAG]
      if (typeof encoded === 'string') return base64ToBytes(encoded)
    }
    return v
  })
}

/** The body to send: plain JSON when the value holds no bytes, a frame when it does. */
export function encodeWireBody(value: unknown): {
  contentType: string
  body: string | Uint8Array<ArrayBuffer>
} {
  const split = splitBytes(value)
  if (split.parts.length === 0) return { contentType: 'application/json', body: split.json }
  return { contentType: WIRE_FRAME_TYPE, body: assembleFrame(split) }
}

/** Layout: 4-byte little-endian length of the JSON, the JSON in UTF-8, then the bytes. */
export function encodeWireFrame(value: unknown): Uint8Array<ArrayBuffer> {
  return assembleFrame(splitBytes(value))
}

interface SplitValue {
  json: string
  parts: Uint8Array[]
  total: number
}

function splitBytes(value: unknown): SplitValue {
  const parts: Uint8Array[] = []
  let total = 0
  const json = JSON.stringify(value, (_key, v: unknown) => {
    if (!(v instanceof Uint8Array)) return v
    parts.push(v)
    total += v.byteLength
    return { [FRAME_TAG]: [total - v.byteLength, v.byteLength] }
  })
  return { json, parts, total }
}

function assembleFrame({ json, parts, total }: SplitValue): Uint8Array<ArrayBuffer> {
  const head = new TextEncoder().encode(json)
  const frame = new Uint8Array(4 + head.byteLength + total)
  new DataView(frame.buffer).setUint32(0, head.byteLength, true)
  frame.set(head, 4)
  let at = 4 + head.byteLength
  for (const part of parts) {
    frame.set(part, at)
    at += part.byteLength
  }
  return frame
}

export function decodeWireFrame(frame: Uint8Array): unknown {
  if (frame.byteLength < 4) throw new SyntaxError('The frame is shorter than its header.')
  const jsonLength = new DataView(frame.buffer, frame.byteOffset, 4).getUint32(0, true)
  const body = 4 + jsonLength
  if (body > frame.byteLength) throw new SyntaxError('The frame is shorter than its JSON.')
  const json = new TextDecoder().decode(frame.subarray(4, body))
  return JSON.parse(json, (_key, v: unknown) => {
    if (!v || typeof v !== 'object' || !(FRAME_TAG in v)) return v
    const span = (v as Record<string, unknown>)[FRAME_TAG]
    if (!Array.isArray(span) || span.length !== 2) return v
    const [start, length] = span as unknown[]
    if (!isCount(start) || !isCount(length) || body + start + length > frame.byteLength) {
      throw new SyntaxError('A byte range of the frame lies outside it.')
    }
    // A copy, so that handing one value to a worker (pdf.js transfers its buffer) detaches nothing else.
    return frame.slice(body + start, body + start + length)
  })
}

function isCount(n: unknown): n is number {
  return typeof n === 'number' && Number.isSafeInteger(n) && n >= 0
}

function bytesToBase64(bytes: Uint8Array): string {
  let binary = ''
  const chunk = 0x8000
  for (let i = 0; i < bytes.length; i += chunk) {
    binary += String.fromCharCode(...bytes.subarray(i, i + chunk))
  }
  return btoa(binary)
}

function base64ToBytes(encoded: string): Uint8Array {
  const binary = atob(encoded)
  const bytes = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
  return bytes
}

/** HTTP routes of the test bridge; the renderer's bridge client and the server share them. */
export const BRIDGE_ROUTES = {
  /**
   * POST, body = encodeWire(request) as JSON, or encodeWireFrame(request) as WIRE_FRAME_TYPE when
   * it holds bytes; the answer is an Envelope in the same two forms, by the same rule.
   */
  method: (name: string) => `/api/${name}`,
  /** GET, Server-Sent Events: `event: <EventName>`, `data: <encodeWire(payload)>`. */
  events: '/api/events',
} as const

/** Header carrying the per-run token; the events stream takes it as `?token=` instead. */
export const BRIDGE_TOKEN_HEADER = 'x-recto-token'

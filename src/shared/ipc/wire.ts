/**
 * JSON over the localhost test bridge cannot carry bytes; Electron's IPC can. This codec lets the
 * bridge carry the same values: Uint8Array ⇄ `{ "$bytes": base64 }`. Pure, so both ends share it.
 */

const BYTES_TAG = '$bytes'

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
  /** POST, body = encodeWire(request), answer = encodeWire(Envelope). */
  method: (name: string) => `/api/${name}`,
  /** GET, Server-Sent Events: `event: <EventName>`, `data: <encodeWire(payload)>`. */
  events: '/api/events',
} as const

/** Header carrying the per-run token; the events stream takes it as `?token=` instead. */
export const BRIDGE_TOKEN_HEADER = 'x-recto-token'

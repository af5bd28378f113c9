import { describe, expect, it } from 'vitest'
import {
  WIRE_FRAME_TYPE,
  decodeWire,
  decodeWireFrame,
  encodeWire,
  encodeWireBody,
  encodeWireFrame,
} from './wire'

const pdfLike = () => new TextEncoder().encode('%PDF-1.7\n' + 'x'.repeat(3000) + '\u00e9\n%%EOF')

describe('the text codec', () => {
  it('carries bytes as base64 inside JSON', () => {
    const value = { ok: true, value: { mime: 'application/pdf', bytes: pdfLike() } }
    expect(decodeWire(encodeWire(value))).toEqual(value)
  })
})

describe('the frame codec', () => {
  it('round-trips several byte arrays, nested, beside ordinary JSON', () => {
    const value = {
      ok: true,
      value: { files: [{ name: 'ä.pdf', bytes: pdfLike() }, { name: 'empty', bytes: new Uint8Array() }], n: 3 },
    }
    expect(decodeWireFrame(encodeWireFrame(value))).toEqual(value)
  })

  it('is the JSON plus the raw bytes, not base64', () => {
    const bytes = pdfLike()
    const frame = encodeWireFrame({ bytes })
    const json = new TextEncoder().encode(JSON.stringify({ bytes: { $frame: [0, bytes.length] } }))
    expect(frame.byteLength).toBe(4 + json.byteLength + bytes.byteLength)
    expect(encodeWire({ bytes }).length).toBeGreaterThan(bytes.byteLength * 1.3)
  })

  it('decodes each array as its own copy, so transferring one detaches nothing else', () => {
    const frame = encodeWireFrame({ a: new Uint8Array([1, 2]), b: new Uint8Array([3]) })
    const { a, b } = decodeWireFrame(frame) as { a: Uint8Array; b: Uint8Array }
    expect(a.buffer).not.toBe(frame.buffer)
    structuredClone(a, { transfer: [a.buffer] })
    expect([...b]).toEqual([3])
  })

  it('refuses frames that are cut short or point outside themselves', () => {
    const frame = encodeWireFrame({ bytes: new Uint8Array(10) })
    expect(() => decodeWireFrame(frame.subarray(0, 3))).toThrow(SyntaxError)
    expect(() => decodeWireFrame(frame.subarray(0, frame.byteLength - 1))).toThrow(SyntaxError)
    const lying = encodeWireFrame({ bytes: { $frame: [5, 10] } })
    expect(() => decodeWireFrame(lying)).toThrow(SyntaxError)
    const huge = new Uint8Array(4)
    new DataView(huge.buffer).setUint32(0, 1000, true)
    expect(() => decodeWireFrame(huge)).toThrow(SyntaxError)
  })
})

describe('encodeWireBody', () => {
  it('sends plain JSON when there are no bytes and a frame when there are', () => {
    expect(encodeWireBody({ documentId: 3 })).toEqual({ contentType: 'application/json', body: '{"documentId":3}' })
    const withBytes = encodeWireBody({ bytes: new Uint8Array([9]) })
    expect(withBytes.contentType).toBe(WIRE_FRAME_TYPE)
    expect(decodeWireFrame(withBytes.body as Uint8Array)).toEqual({ bytes: new Uint8Array([9]) })
  })
})

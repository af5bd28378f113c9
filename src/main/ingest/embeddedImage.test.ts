import { describe, expect, it } from 'vitest'
import { imagePixelToPage, unpackBits } from './embeddedImage'

describe('unpackBits', () => {
  it('reads byte-aligned rows, most significant bit first, 1 as white', () => {
    // 10 px wide: two bytes per row, the last 6 bits of each row are padding.
    const rows = new Uint8Array([0b10100000, 0b01000000, 0b00000000, 0b11000000])
    const { data, width, height } = unpackBits(rows, 10, 2)
    expect([width, height]).toEqual([10, 2])
    expect([...data.subarray(0, 10)]).toEqual([255, 0, 255, 0, 0, 0, 0, 0, 0, 255])
    expect([...data.subarray(10, 20)]).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 255, 255])
  })
})

describe('imagePixelToPage', () => {
  it('maps an image drawn over a whole Letter page from its top-left corner', () => {
    const map = imagePixelToPage([612, 0, 0, -792, 0, 792], 1275, 1650)
    expect(map(0, 0)).toEqual([0, 0])
    expect(map(1275, 1650)).toEqual([612, 792])
    const [x, y] = map(637.5, 825)
    expect(x).toBeCloseTo(306)
    expect(y).toBeCloseTo(396)
  })

  it('keeps an image placed with a margin in its place', () => {
    const map = imagePixelToPage([500, 0, 0, -700, 50, 750], 1000, 1400)
    expect(map(0, 0)).toEqual([50, 50])
    expect(map(1000, 1400)).toEqual([550, 750])
  })
})

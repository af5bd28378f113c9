import { describe, expect, it } from 'vitest'
import {
  boxFromPoints,
  fitWidthScale,
  rotatedSize,
  rotationTransform,
  scaleBox,
  stagePointToPage,
} from './geometry'
import type { Rotation } from './geometry'

describe('scaleBox', () => {
  it('scales page units to pixels', () => {
    expect(scaleBox([10, 20, 110, 40], 1.5)).toEqual({ left: 15, top: 30, width: 150, height: 30 })
  })

  it('tolerates boxes given corner-swapped', () => {
    expect(scaleBox([110, 40, 10, 20], 1)).toEqual({ left: 10, top: 20, width: 100, height: 20 })
  })
})

describe('rotation', () => {
  const page = { width: 600, height: 800 }

  it('swaps the stage size on quarter turns', () => {
    expect(rotatedSize(page, 90)).toEqual({ width: 800, height: 600 })
    expect(rotatedSize(page, 180)).toEqual(page)
  })

  it('turns clockwise about the top-left and shifts back into view', () => {
    expect(rotationTransform(page, 0)).toBe('none')
    expect(rotationTransform(page, 90)).toBe('translate(800px, 0) rotate(90deg)')
  })

  it('maps stage points back to page units for every rotation', () => {
    // The page's top-left corner (0, 0) lands on the stage at these points.
    const corners: Record<Rotation, { x: number; y: number }> = {
      0: { x: 0, y: 0 },
      90: { x: 800, y: 0 },
      180: { x: 600, y: 800 },
      270: { x: 0, y: 600 },
    }
    for (const [rotation, point] of Object.entries(corners)) {
      const back = stagePointToPage(point, page, Number(rotation) as Rotation, 2)
      expect(back.x).toBeCloseTo(0)
      expect(back.y).toBeCloseTo(0)
    }
    // A point 100px right and 50px down on the page, turned 90°: 50px from the right, 100px down.
    expect(stagePointToPage({ x: 750, y: 100 }, page, 90, 2)).toEqual({ x: 50, y: 25 })
  })
})

describe('boxFromPoints and fitWidthScale', () => {
  it('orders the corners of a dragged rectangle', () => {
    expect(boxFromPoints({ x: 50, y: 10 }, { x: 5, y: 40 })).toEqual([5, 10, 50, 40])
  })

  it('fits the turned width', () => {
    expect(fitWidthScale({ width: 600, height: 800 }, 0, 1200)).toBe(2)
    expect(fitWidthScale({ width: 600, height: 800 }, 90, 1200)).toBe(1.5)
  })
})

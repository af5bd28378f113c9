import { describe, expect, it } from 'vitest'
import { createFrameBatch } from './frameBatch'

describe('createFrameBatch', () => {
  it('flushes everything that arrived before the frame, once', () => {
    const frames: (() => void)[] = []
    const flushed: number[][] = []
    const add = createFrameBatch<number>((items) => flushed.push(items), (run) => frames.push(run))
    add(1)
    add(2)
    add(3)
    expect(frames).toHaveLength(1)
    frames[0]?.()
    expect(flushed).toEqual([[1, 2, 3]])
    add(4)
    expect(frames).toHaveLength(2)
    frames[1]?.()
    expect(flushed).toEqual([[1, 2, 3], [4]])
  })
})

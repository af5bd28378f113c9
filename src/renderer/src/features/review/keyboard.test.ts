import { describe, expect, it } from 'vitest'
import { confidenceTone, fieldKeyCommand, gridMove, reviewCommandFor } from './keyboard'
import type { KeyLike } from './keyboard'

const key = (k: string, mods: Partial<KeyLike> = {}): KeyLike => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
})
const field = { inTextField: true, dirty: false }

describe('reviewCommandFor', () => {
  it('maps the document shortcuts', () => {
    expect(reviewCommandFor(key('Enter', { ctrlKey: true }), field)).toBe('confirm')
    expect(reviewCommandFor(key('Enter', { metaKey: true }), field)).toBe('confirm')
    expect(reviewCommandFor(key('Escape'), field)).toBe('back')
    expect(reviewCommandFor(key('z', { ctrlKey: true }), field)).toBe('undo')
    expect(reviewCommandFor(key('Z', { ctrlKey: true, shiftKey: true }), field)).toBe('redo')
    expect(reviewCommandFor(key('y', { ctrlKey: true }), field)).toBe('redo')
  })

  it('leaves plain Enter to the field and Ctrl+Z to an input with unsaved typing', () => {
    expect(reviewCommandFor(key('Enter'), field)).toBeNull()
    expect(reviewCommandFor(key('z', { ctrlKey: true }), { inTextField: true, dirty: true }))
      .toBeNull()
  })

  it('opens help with ? outside text fields and F1 anywhere', () => {
    expect(reviewCommandFor(key('?', { shiftKey: true }), { inTextField: false, dirty: false }))
      .toBe('help')
    expect(reviewCommandFor(key('?', { shiftKey: true }), field)).toBeNull()
    expect(reviewCommandFor(key('F1'), field)).toBe('help')
  })
})

describe('fieldKeyCommand', () => {
  it('handles Enter and Tab only', () => {
    expect(fieldKeyCommand(key('Enter'))).toBe('commit')
    expect(fieldKeyCommand(key('Tab'))).toBe('next')
    expect(fieldKeyCommand(key('Tab', { shiftKey: true }))).toBe('previous')
    expect(fieldKeyCommand(key('Enter', { ctrlKey: true }))).toBeNull()
    expect(fieldKeyCommand(key('a'))).toBeNull()
  })
})

describe('gridMove', () => {
  it('always changes row with up and down', () => {
    const caret = { start: 2, end: 2, length: 5 }
    expect(gridMove(key('ArrowDown'), caret)).toEqual({ rows: 1, cols: 0 })
  })

  it('leaves a cell sideways only from the edge of its text', () => {
    const at = (start: number, end = start) => ({ start, end, length: 5 })
    expect(gridMove(key('ArrowLeft'), at(2))).toBeNull()
    expect(gridMove(key('ArrowLeft'), at(0))).toEqual({ rows: 0, cols: -1 })
    expect(gridMove(key('ArrowRight'), at(5))).toEqual({ rows: 0, cols: 1 })
    expect(gridMove(key('ArrowRight'), at(0, 5))).toEqual({ rows: 0, cols: 1 })
    expect(gridMove(key('ArrowRight', { shiftKey: true }), at(5))).toBeNull()
  })
})

describe('confidenceTone', () => {
  it('is green at the threshold, amber below, red far below or missing', () => {
    expect(confidenceTone(0.8, 0.8, false)).toBe('ok')
    expect(confidenceTone(0.7, 0.8, false)).toBe('warn')
    expect(confidenceTone(0.5, 0.8, false)).toBe('bad')
    expect(confidenceTone(null, 0.8, false)).toBe('bad')
    expect(confidenceTone(0.99, 0.8, true)).toBe('warn')
  })
})

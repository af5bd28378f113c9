import { describe, expect, it } from 'vitest'
import type { FieldRef } from '../../../lib/fieldRef'
import { gridTarget, initialField, stepField } from './navigation'

const order: FieldRef[] = [
  { key: 'invoice_id', line: 0 },
  { key: 'invoice_date', line: 0 },
  { key: 'total_amount', line: 0 },
  { key: 'description', line: 1 },
  { key: 'amount', line: 1 },
]
const flagged = new Set(['invoice_date:0', 'description:1'])

describe('stepField', () => {
  it('Tab visits flagged fields only, in form order', () => {
    const opts = { stops: flagged, wrap: false }
    expect(stepField(order, order[0] ?? null, 1, opts)).toEqual(order[1])
    expect(stepField(order, order[1] ?? null, 1, opts)).toEqual(order[3])
    expect(stepField(order, order[3] ?? null, -1, opts)).toEqual(order[1])
  })

  it('lets Tab fall through past the last flagged field', () => {
    expect(stepField(order, order[3] ?? null, 1, { stops: flagged, wrap: false })).toBeNull()
    expect(stepField(order, order[1] ?? null, -1, { stops: flagged, wrap: false })).toBeNull()
  })

  it('visits every field when not limited to flagged ones', () => {
    expect(stepField(order, order[1] ?? null, 1, { stops: null, wrap: false })).toEqual(order[2])
  })

  it('Enter wraps around to the remaining flagged field and never stays put', () => {
    const opts = { stops: flagged, wrap: true }
    expect(stepField(order, order[3] ?? null, 1, opts)).toEqual(order[1])
    expect(stepField(order, order[3] ?? null, 1, { stops: new Set(['description:1']), wrap: true }))
      .toBeNull()
  })

  it('starts from either end when nothing is focused', () => {
    expect(stepField(order, null, 1, { stops: flagged, wrap: false })).toEqual(order[1])
    expect(stepField(order, null, -1, { stops: flagged, wrap: false })).toEqual(order[3])
  })
})

describe('initialField', () => {
  it('opens on the first flagged field, else the first field', () => {
    expect(initialField(order, flagged)).toEqual(order[1])
    expect(initialField(order, new Set())).toEqual(order[0])
    expect(initialField([], new Set())).toBeNull()
  })
})

describe('gridTarget', () => {
  const lines = [1, 2, 4]

  it('moves between rows and columns of the line items', () => {
    expect(gridTarget(lines, { key: 'quantity', line: 2 }, { rows: 1, cols: 0 })).toEqual({
      key: 'quantity',
      line: 4,
    })
    expect(gridTarget(lines, { key: 'quantity', line: 2 }, { rows: 0, cols: -1 })).toEqual({
      key: 'description',
      line: 2,
    })
  })

  it('stops at the edges', () => {
    expect(gridTarget(lines, { key: 'description', line: 1 }, { rows: -1, cols: 0 })).toBeNull()
    expect(gridTarget(lines, { key: 'description', line: 1 }, { rows: 0, cols: -1 })).toBeNull()
    expect(gridTarget(lines, { key: 'tax_rate', line: 4 }, { rows: 0, cols: 1 })).toBeNull()
  })
})

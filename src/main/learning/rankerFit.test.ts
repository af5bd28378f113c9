import { describe, expect, it } from 'vitest'
import type { PooledValue } from '../extraction/rank'
import { DEFAULT_RANKER_WEIGHTS, type RankerFeatures } from '../extraction/rankerFeatures'
import { fitRanker, rankerReport, topChoice, type Decision } from './rankerFit'

const NONE: RankerFeatures = { preset: 0, label: 0, right: 0, below: 0, gap: 0, validity: 1, ocr: 1, size: 0, top: 0, east: 0 }
/** A value read once, with the given features over a plain well-formed candidate. */
const value = (name: string, f: Partial<RankerFeatures>): PooledValue => ({ value: name, support: 1, candidates: [{ ...NONE, ...f }] })

/** The footer's "Date: …" beside a weak label against the boxed date under one, near the top. */
const footerOverBox = (): Decision => ({
  pool: [
    value('print date', { label: 0.5, right: 1, top: 0.05 }),
    value('issue date', { label: 0.5, below: 1, gap: 1, top: 0.72 }),
  ],
  target: 1,
})
/** A label beside its value that is right, against a loose amount: what most fields look like. */
const plainRight = (): Decision => ({
  pool: [value('total', { label: 1, right: 1, top: 0.4 }), value('loose', { top: 0.6 })],
  target: 0,
})

describe('fitting the ranker to logged decisions', () => {
  it('learns to prefer the value a clerk kept choosing, without unlearning what was already right', () => {
    const decisions = [...Array.from({ length: 8 }, footerOverBox), ...Array.from({ length: 40 }, plainRight)]
    const before = rankerReport(decisions, DEFAULT_RANKER_WEIGHTS)
    expect(topChoice(footerOverBox().pool, DEFAULT_RANKER_WEIGHTS)).toBe(0)
    const w = fitRanker(decisions, DEFAULT_RANKER_WEIGHTS)
    expect(topChoice(footerOverBox().pool, w)).toBe(1)
    expect(topChoice(plainRight().pool, w)).toBe(0)
    const after = rankerReport(decisions, w)
    expect(after.top1).toBe(1)
    expect(before.top1).toBeCloseTo(40 / 48, 4)
    expect(after.loss).toBeLessThan(before.loss)
  })

  it('keeps the label weight as the unit and stays near the prior when the evidence is thin', () => {
    const one = fitRanker([footerOverBox()], DEFAULT_RANKER_WEIGHTS)
    expect(one.label).toBe(DEFAULT_RANKER_WEIGHTS.label)
    for (const key of Object.keys(DEFAULT_RANKER_WEIGHTS) as (keyof typeof one)[]) {
      expect(Math.abs(one[key] - DEFAULT_RANKER_WEIGHTS[key]), key).toBeLessThan(0.2)
    }
    const many = fitRanker(Array.from({ length: 60 }, footerOverBox), DEFAULT_RANKER_WEIGHTS)
    const moved = (w: typeof one) => w.below - w.right + 0.67 * w.top
    expect(moved(many)).toBeGreaterThan(moved(one))
  })

  it('learns nothing from decisions it already ranks right by a clear margin', () => {
    const sure: Decision = { pool: [value('a', { label: 1, right: 1 }), value('b', { validity: 0, ocr: 0 })], target: 0 }
    const w = fitRanker(Array.from({ length: 200 }, () => sure), DEFAULT_RANKER_WEIGHTS)
    expect(w).toEqual(DEFAULT_RANKER_WEIGHTS)
    expect(rankerReport([sure], w)).toEqual({ loss: 0, top1: 1 })
  })
})

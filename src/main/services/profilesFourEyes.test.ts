import { describe, expect, it } from 'vitest'
import { needsSecondReview, sampleRank } from './profilesFourEyes'

const doc = (sha256: string, totalAmount: string | null) => ({ sha256, totalAmount })
const rule = (amountOver: number | null, sampleShare: number, enabled = true) => ({ enabled, amountOver, sampleShare })

describe('the four-eyes selection', () => {
  it('selects nothing while the rule is off, whatever it would select', () => {
    expect(needsSecondReview(undefined, doc('00', '1000000'))).toBe(false)
    expect(needsSecondReview(rule(0, 1, false), doc('00', '1000000'))).toBe(false)
  })

  it('selects totals strictly over the amount; a missing total is not over it', () => {
    expect(needsSecondReview(rule(1000, 0), doc('ff', '1000.01'))).toBe(true)
    expect(needsSecondReview(rule(1000, 0), doc('ff', '1000.00'))).toBe(false)
    expect(needsSecondReview(rule(1000, 0), doc('ff', null))).toBe(false)
  })

  it('samples by the hash: the same document always, about the given share of all', () => {
    expect(sampleRank('00000000aa')).toBe(0)
    expect(sampleRank('80000000')).toBe(0.5)
    expect(needsSecondReview(rule(null, 0.5), doc('7fffffff', null))).toBe(true)
    expect(needsSecondReview(rule(null, 0.5), doc('80000000', null))).toBe(false)
    const hashes = Array.from({ length: 1000 }, (_, i) => ((i * 2654435761) >>> 0).toString(16).padStart(8, '0'))
    const picked = hashes.filter((h) => needsSecondReview(rule(null, 0.1), doc(h, null))).length
    expect(picked).toBeGreaterThan(70)
    expect(picked).toBeLessThan(130)
  })
})

import { describe, expect, it } from 'vitest'
import type { OcrEngine } from '../ingest/ocr/ocrPool'
import { createOcrPools } from './ocrPools'

/** Engines that only record their languages and whether they were terminated. */
function fakes() {
  const made: { languages: string; terminated: boolean }[] = []
  const create = (languages: readonly string[]): OcrEngine => {
    const record = { languages: languages.join('+'), terminated: false }
    made.push(record)
    return {
      concurrency: 2,
      recognize: () => Promise.resolve([]),
      terminate: () => {
        record.terminated = true
        return Promise.resolve()
      },
    }
  }
  const alive = () => made.filter((m) => !m.terminated).map((m) => m.languages)
  return { made, create, alive }
}

describe('createOcrPools', () => {
  it('starts one engine per set of languages and shares it between jobs', () => {
    const { made, create } = fakes()
    const pools = createOcrPools(create)
    const a = pools.lease()
    const b = pools.lease()
    expect(a.engine(['eng'])).toBe(b.engine(['eng']))
    expect(a.engine(['fra', 'eng'])).toBe(a.engine(['fra', 'eng']))
    expect(made.map((m) => m.languages)).toEqual(['eng', 'fra+eng'])
  })

  it('never terminates an engine a job in flight still reads with', () => {
    // Two documents in flight, one French and one German, both after an English first pass.
    const { create, alive } = fakes()
    const pools = createOcrPools(create, 2)
    const french = pools.lease()
    const german = pools.lease()
    french.engine(['eng'])
    german.engine(['eng'])
    french.engine(['fra', 'eng'])
    german.engine(['deu', 'eng'])
    expect(alive()).toEqual(['eng', 'fra+eng', 'deu+eng'])
    // When the French document is done, its idle engine goes, least recently used first.
    french.release()
    expect(alive()).toEqual(['eng', 'deu+eng'])
    german.release()
    expect(alive()).toEqual(['eng', 'deu+eng'])
  })

  it('keeps only the most recently used idle engines', () => {
    const { create, alive } = fakes()
    const pools = createOcrPools(create, 2)
    for (const languages of [['eng'], ['fra', 'eng'], ['deu', 'eng']]) {
      const job = pools.lease()
      job.engine(languages)
      job.release()
    }
    expect(alive()).toEqual(['fra+eng', 'deu+eng'])
  })
})

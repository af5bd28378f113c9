import { describe, expect, it } from 'vitest'
import { jobFor, workerFor } from './workerChoice'
import type { WorkerState } from './workerChoice'

const idle = (languages: string): WorkerState => ({ languages, busy: false })
const busy = (languages: string): WorkerState => ({ languages, busy: true })
/** Jobs waiting in these languages, no document in flight holding any. */
const waitingFor = (waiting: string[]) => ({ waiting, held: [] })

describe('which worker reads a job', () => {
  it('takes an idle worker already in the languages, wherever it is', () => {
    expect(workerFor('fra+eng', [idle('eng'), idle('fra+eng')], waitingFor([]))).toBe(1)
  })

  it('switches an idle worker whose languages nothing else wants', () => {
    expect(workerFor('fra+eng', [idle('eng'), busy('deu+eng')], waitingFor([]))).toBe(0)
  })

  it('switches a wanted worker when no worker reads the languages asked for', () => {
    // The other worker reads English too, but nothing reads French: the job would wait forever.
    expect(workerFor('fra+eng', [busy('eng'), idle('eng')], waitingFor([]))).toBe(1)
  })

  it('waits for its own languages rather than take a worker another document still reads with', () => {
    // An English document is being read on worker 1 and a French one on worker 2: the French
    // document's next band waits for worker 2 instead of pulling worker 0 away from English.
    expect(workerFor('fra+eng', [idle('eng'), busy('eng'), busy('fra+eng')], waitingFor([]))).toBe(-1)
  })

  it('keeps a worker in languages a document in flight reads in, between its bands and pages', () => {
    // The English document has no band out right now, but will have: the French band waits.
    const workers = [idle('eng'), busy('fra+eng')]
    expect(workerFor('fra+eng', workers, { waiting: [], held: ['eng', 'fra+eng'] })).toBe(-1)
    // Once that document is done, the worker is free to switch.
    expect(workerFor('fra+eng', workers, { waiting: [], held: ['fra+eng'] })).toBe(0)
  })

  it('lets a worker switch whose languages only an idle worker also has', () => {
    expect(workerFor('fra+eng', [idle('eng'), idle('eng'), busy('fra+eng')], waitingFor([]))).toBe(0)
  })
})

describe('which waiting job a freed worker takes', () => {
  it('one in its own languages first, even behind others', () => {
    expect(jobFor(0, [idle('eng'), busy('fra+eng')], waitingFor(['fra+eng', 'eng']))).toBe(1)
  })

  it('stays idle when its languages are still in use and the job has a worker of its own', () => {
    expect(jobFor(0, [idle('eng'), busy('eng'), busy('fra+eng')], waitingFor(['fra+eng']))).toBe(-1)
  })

  it('switches when nothing else wants its languages', () => {
    expect(jobFor(0, [idle('eng'), busy('fra+eng')], waitingFor(['fra+eng']))).toBe(0)
  })

  it('stays idle for a document in flight in its languages, unless the job would have no worker', () => {
    expect(jobFor(0, [idle('eng'), busy('fra+eng')], { waiting: ['fra+eng'], held: ['eng'] })).toBe(-1)
    expect(jobFor(0, [idle('eng'), busy('eng')], { waiting: ['fra+eng'], held: ['eng'] })).toBe(0)
  })

  it('switches to languages no worker reads, even when its own are in use', () => {
    expect(jobFor(0, [idle('eng'), busy('eng')], waitingFor(['deu+eng']))).toBe(0)
  })
})

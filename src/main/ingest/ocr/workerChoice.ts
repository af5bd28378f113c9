/**
 * Which OCR worker reads which image, when workers are shared by several languages. Switching a
 * worker's languages reloads its models (0.2–0.6 s, as long as a third of a band's reading), so a
 * worker leaves its languages only when nothing wants them any more, or when the languages asked
 * for have no worker at all. Greedy switching (any idle worker takes any job) made two documents in
 * flight, one French and one English, trade both workers back and forth: four switches per French
 * page in bench:ocr's batch, a fifth of the workers' time.
 */

/** What the choice sees of one worker. */
export interface WorkerState {
  /** The languages it reads in, or is switching to ('fra+eng'). */
  languages: string
  busy: boolean
}

/**
 * The idle worker to give a job in `languages`, or -1 to wait for one. `waiting` lists the
 * languages of the jobs already waiting (this one not among them).
 */
export function workerFor(languages: string, workers: readonly WorkerState[], waiting: readonly string[]): number {
  const same = workers.findIndex((w) => !w.busy && w.languages === languages)
  if (same >= 0) return same
  return workers.findIndex((w, i) => !w.busy && mayTake(i, languages, workers, waiting))
}

/**
 * The waiting job (its index in `waiting`) that the worker at `index`, just freed, should take
 * next, or -1 to stay idle: one in its own languages first, else the first it may switch to.
 */
export function jobFor(index: number, workers: readonly WorkerState[], waiting: readonly string[]): number {
  const own = waiting.indexOf(workers[index]!.languages)
  if (own >= 0) return own
  return waiting.findIndex((languages) => mayTake(index, languages, workers, waiting))
}

/** Whether the idle worker at `index` may switch to `languages`. */
function mayTake(index: number, languages: string, workers: readonly WorkerState[], waiting: readonly string[]): boolean {
  const current = workers[index]!.languages
  const othersIn = (l: string) => workers.filter((w, i) => i !== index && w.languages === l)
  // Nothing else reads or waits in its languages: nobody loses by the switch.
  const unwanted = !othersIn(current).some((w) => w.busy) && !waiting.includes(current)
  // No worker reads in the languages asked for: without a switch the job would wait forever.
  const orphaned = othersIn(languages).length === 0
  return unwanted || orphaned
}

/**
 * Which OCR worker reads which image, when workers are shared by several languages. Switching a
 * worker's languages reloads its models (0.2–0.6 s, as long as a third of a band's reading), so a
 * worker leaves its languages only when nothing wants them, or when the languages asked for have
 * no worker at all. Languages are wanted while a job in them runs or waits, and while a document
 * in flight reads in them: between its bands and pages it asks for nothing, yet asks again soon.
 * Greedy switching (any idle worker takes any job) made a French and an English document in
 * flight trade both workers back and forth: four switches per French page in bench:ocr's batch, a
 * fifth of the workers' time.
 */

/** What the choice sees of one worker. */
export interface WorkerState {
  /** The languages it reads in, or is switching to ('fra+eng'). */
  languages: string
  busy: boolean
}

/** What else wants workers: languages of the jobs waiting, and of the documents in flight. */
export interface Demand {
  waiting: readonly string[]
  held: readonly string[]
}

/** The idle worker to give a job in `languages` (not yet among the waiting), or -1 to wait. */
export function workerFor(languages: string, workers: readonly WorkerState[], demand: Demand): number {
  const same = workers.findIndex((w) => !w.busy && w.languages === languages)
  if (same >= 0) return same
  return workers.findIndex((w, i) => !w.busy && mayTake(i, languages, workers, demand))
}

/**
 * The waiting job (its index in `demand.waiting`) that the worker at `index`, just freed, should
 * take next, or -1 to stay idle: one in its own languages first, else the first it may switch to.
 */
export function jobFor(index: number, workers: readonly WorkerState[], demand: Demand): number {
  const own = demand.waiting.indexOf(workers[index]!.languages)
  if (own >= 0) return own
  return demand.waiting.findIndex((languages) => mayTake(index, languages, workers, demand))
}

/** Whether the idle worker at `index` may switch to `languages`. */
function mayTake(index: number, languages: string, workers: readonly WorkerState[], demand: Demand): boolean {
  const current = workers[index]!.languages
  const othersIn = (l: string) => workers.filter((w, i) => i !== index && w.languages === l)
  // Nothing reads, waits or is about to ask in its languages: nobody loses by the switch.
  const unwanted = !othersIn(current).some((w) => w.busy) && !demand.waiting.includes(current) && !demand.held.includes(current)
  // No worker reads in the languages asked for: without a switch the job would wait forever.
  const orphaned = othersIn(languages).length === 0
  return unwanted || orphaned
}

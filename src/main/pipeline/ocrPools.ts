import type { OcrEngine } from '../ingest/ocr/ocrPool'

/** The engines one job reads with; they stay alive until it releases them. */
export interface OcrLease {
  /** `workers` sizes an engine this call starts (default: the pool's own, one per core). */
  engine(languages: readonly string[], workers?: number): OcrEngine
  release(): void
}

export interface OcrPools {
  lease(): OcrLease
}

interface Entry {
  engine: OcrEngine
  /** Jobs holding this engine. */
  leases: number
}

/**
 * OCR engines by languages, most recently used last. `kept` stay alive when idle: with detection
 * on, a document in another language needs the first-pass engine and its own, and the next one
 * starts again with the first pass; starting an engine costs seconds, an idle one only memory.
 * An engine a job still holds is never terminated (its pages would wait forever), so while two
 * documents in two other languages are in flight there may briefly be one more.
 */
export function createOcrPools(
  create: (languages: readonly string[], workers?: number) => OcrEngine,
  kept = 2,
): OcrPools {
  const entries = new Map<string, Entry>()

  function evictIdle(): void {
    for (const [key, entry] of entries) {
      if (entries.size <= kept) return
      if (entry.leases > 0) continue
      entries.delete(key)
      void entry.engine.terminate()
    }
  }

  return {
    lease() {
      const held = new Set<string>()
      return {
        engine(languages, workers) {
          const key = languages.join('+')
          const entry = entries.get(key) ?? { engine: create(languages, workers), leases: 0 }
          entries.delete(key)
          entries.set(key, entry)
          if (!held.has(key)) {
            held.add(key)
            entry.leases++
          }
          evictIdle()
          return entry.engine
        },
        release() {
          for (const key of held) {
            const entry = entries.get(key)
            if (entry) entry.leases--
          }
          held.clear()
          evictIdle()
        },
      }
    },
  }
}

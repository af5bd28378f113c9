import type { OcrEngine } from '../ingest/ocr/ocrPool'

/** The engines one job reads with; they stay alive until it releases them. */
export interface OcrLease {
  engine(languages: readonly string[]): OcrEngine
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
 * OCR engines by languages, most recently used last. `kept` stay alive when idle: the configured
 * languages' and the last other one region OCR asked for (a box drawn on a French scan reads in
 * fra+eng); starting an engine costs seconds, an idle one only memory.
 * An engine a job still holds is never terminated (its pages would wait forever), so after a
 * change of languages in Settings there may briefly be one more.
 */
export function createOcrPools(create: (languages: readonly string[]) => OcrEngine, kept = 2): OcrPools {
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
        engine(languages) {
          const key = languages.join('+')
          const entry = entries.get(key) ?? { engine: create(languages), leases: 0 }
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

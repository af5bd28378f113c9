import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { RectoError } from '../../shared/errors'
import type { Extraction } from '../../shared/fields'
import { DEFAULT_SETTINGS, detectsLanguage } from '../../shared/settings'
import type { Settings } from '../../shared/settings'
import type { PageWords } from '../../shared/words'
import { startPipeline } from '../pipeline/pipelineClient'

export interface FileOutcome {
  file: string
  sha256: string | null
  pages: PageWords[]
  extraction: Extraction | null
  error: { code: string; message: string } | null
  millis: number
}

/**
 * Runs files through the same worker pipeline as the app, one after another, without storing
 * anything. Failures are reported per file; the batch goes on.
 */
export async function extractFiles(
  files: readonly string[],
  settings: Settings = DEFAULT_SETTINGS,
  onFile?: (outcome: FileOutcome, index: number) => void,
): Promise<FileOutcome[]> {
  const pipeline = startPipeline()
  const outcomes: FileOutcome[] = []
  try {
    for (const [index, file] of files.entries()) {
      const started = performance.now()
      let outcome: FileOutcome
      try {
        const bytes = readInput(file)
        const sha256 = createHash('sha256').update(bytes).digest('hex')
        const result = await pipeline.process({
          bytes,
          limits: {
            maxFileBytes: settings.maxFileMegabytes * 1_048_576,
            maxPages: settings.maxPages,
            maxImagePixels: settings.maxImageMegapixels * 1e6,
          },
          languages: settings.ocrLanguages,
          detectLanguage: detectsLanguage(settings),
          cachedPages: [],
        }).done
        outcome = { file, sha256, pages: result.pages, extraction: result.extraction, error: null, millis: 0 }
      } catch (error) {
        const code = error instanceof RectoError ? error.code : 'processing_failed'
        const message = error instanceof Error ? error.message : String(error)
        outcome = { file, sha256: null, pages: [], extraction: null, error: { code, message }, millis: 0 }
      }
      outcome.millis = Math.round(performance.now() - started)
      outcomes.push(outcome)
      onFile?.(outcome, index)
    }
  } finally {
    await pipeline.close()
  }
  return outcomes
}

function readInput(file: string): Uint8Array {
  try {
    return new Uint8Array(readFileSync(file))
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    const reason = code === 'ENOENT' ? 'the file does not exist' : code === 'EISDIR' ? 'it is a folder' : code === 'EACCES' ? 'permission denied' : (error as Error).message
    throw new RectoError('unreadable_path', `Cannot read ${file}: ${reason}.`)
  }
}

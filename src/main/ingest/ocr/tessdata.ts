import { existsSync, mkdirSync, symlinkSync } from 'node:fs'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'

const require = createRequire(import.meta.url)

/** Folder of one language's gzipped `best_int` model inside its `@tesseract.js-data/*` package. */
function packageModelDir(language: string): string {
  const root = path.dirname(require.resolve(`@tesseract.js-data/${language}/package.json`))
  return path.join(root, '4.0.0_best_int')
}

/**
 * tesseract.js reads every language from one `langPath`, while each npm package holds one
 * language; for several languages a folder of links to the packaged files joins them. Nothing is
 * ever fetched from the network.
 */
export function languageDataPath(languages: readonly string[]): string {
  const [first] = languages
  if (languages.length === 1 && first) return packageModelDir(first)
  const dir = path.join(os.tmpdir(), `recto-tessdata-${[...languages].sort().join('-')}`)
  mkdirSync(dir, { recursive: true })
  for (const language of languages) {
    const target = path.join(dir, `${language}.traineddata.gz`)
    if (!existsSync(target)) {
      symlinkSync(path.join(packageModelDir(language), `${language}.traineddata.gz`), target)
    }
  }
  return dir
}

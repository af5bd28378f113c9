import { cpSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import type { Plugin } from 'vite'

const require = createRequire(import.meta.url)

/**
 * pdf.js loads its standard fonts, CMaps and wasm decoders by URL at run time. Copying them next
 * to the renderer keeps every such load local: the app never fetches anything from a network.
 */
export function copyPdfjsAssets(): Plugin {
  let outDir = ''
  return {
    name: 'recto:copy-pdfjs-assets',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir)
    },
    closeBundle() {
      const root = path.dirname(require.resolve('pdfjs-dist/package.json'))
      for (const folder of ['standard_fonts', 'cmaps', 'wasm']) {
        cpSync(path.join(root, folder), path.join(outDir, 'pdfjs', folder), { recursive: true })
      }
    },
  }
}

import { cpSync, createReadStream, existsSync, statSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import type { Plugin } from 'vite'

const require = createRequire(import.meta.url)

/**
 * pdf.js loads its standard fonts, CMaps and wasm decoders by URL at run time. Copying them next
 * to the renderer keeps every such load local: the app never fetches anything from a network.
 */
export function copyPdfjsAssets(): Plugin {
  const root = path.dirname(require.resolve('pdfjs-dist/package.json'))
  const folders = ['standard_fonts', 'cmaps', 'iccs', 'wasm']
  let outDir = ''
  return {
    name: 'recto:copy-pdfjs-assets',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir)
    },
    // `electron-vite dev` serves the same files from the package itself.
    configureServer(server) {
      server.middlewares.use('/pdfjs', (req, res, next) => {
        const file = path.join(root, decodeURIComponent((req.url ?? '').split('?')[0] ?? ''))
        const inside = folders.some((f) => file.startsWith(path.join(root, f) + path.sep))
        if (!inside || !existsSync(file) || !statSync(file).isFile()) return next()
        createReadStream(file).pipe(res)
      })
    },
    closeBundle() {
      if (!outDir) return
      for (const folder of folders) {
        cpSync(path.join(root, folder), path.join(outDir, 'pdfjs', folder), { recursive: true })
      }
    },
  }
}

import react from '@vitejs/plugin-react'
import { defineConfig } from 'electron-vite'
import { resolve } from 'node:path'
import { copyPdfjsAssets } from './scripts/vite/copyPdfjsAssets'

export default defineConfig({
  main: {
    build: {
      rollupOptions: {
        input: {
          index: resolve('src/main/index.ts'),
          // Runs in a worker thread; pipelineClient finds it beside index.js.
          pipelineWorker: resolve('src/main/pipeline/pipelineWorker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      // Sandboxed preloads must be one self-contained CommonJS file.
      externalizeDeps: false,
      isolatedEntries: true,
      rollupOptions: {
        input: { index: resolve('src/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve('src/renderer'),
    base: './',
    build: {
      rollupOptions: { input: { index: resolve('src/renderer/index.html') } },
    },
    plugins: [react(), copyPdfjsAssets()],
  },
})

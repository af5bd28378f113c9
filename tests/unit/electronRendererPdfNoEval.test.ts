import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { postScriptFunctionPdf, recordingFunctionConstructions } from './electronPdfProbe'

/** The options the renderer hands pdf.js, caught by a stand-in for the `pdfjs-dist` module. */
const used = vi.hoisted(() => [] as Record<string, unknown>[])
vi.mock('pdfjs-dist', () => ({
  GlobalWorkerOptions: { workerSrc: '' },
  PDFWorker: class {
    promise = Promise.resolve()
  },
  getDocument: (options: Record<string, unknown>) => {
    used.push(options)
    return { promise: Promise.resolve() }
  },
}))

/**
 * The renderer's module belongs to the web TypeScript project, which this node-side test cannot
 * reference; a computed specifier keeps tsc from following it while vitest loads it as usual.
 */
const rendererModule = '../../src/renderer/src/features/review/page/pdfDocument'
async function rendererLoadPdf(bytes: Uint8Array): Promise<void> {
  const { loadPdf } = (await import(/* @vite-ignore */ rendererModule)) as {
    loadPdf: (bytes: Uint8Array) => Promise<unknown>
  }
  await loadPdf(bytes)
}

beforeEach(() => {
  vi.stubGlobal('document', { baseURI: 'file:///opt/Recto/resources/app.asar/out/renderer/index.html' })
  used.length = 0
})
afterEach(() => vi.unstubAllGlobals())

describe('pdf.js in the renderer', () => {
  it('is asked never to eval', async () => {
    await rendererLoadPdf(new Uint8Array([1, 2, 3]))
    expect(used).toHaveLength(1)
    expect(used[0]?.isEvalSupported).toBe(false)
  })

  it('with exactly those options, compiles nothing from a PDF it would otherwise eval', async () => {
    await rendererLoadPdf(new Uint8Array())
    // The renderer's own worker handle is the stand-in's; real pdf.js starts its own.
    const { worker: _worker, ...options } = used[0] ?? {}
    const real = await vi.importActual<typeof import('pdfjs-dist/legacy/build/pdf.mjs')>('pdfjs-dist/legacy/build/pdf.mjs')
    const bytes = await postScriptFunctionPdf()
    const paint = async (extra: Record<string, unknown>) => {
      const pdf = await real.getDocument({ ...options, ...extra, data: bytes.slice(), verbosity: 0 }).promise
      const page = await pdf.getPage(1)
      await page.getOperatorList()
      await pdf.destroy()
    }
    await paint({}) // loads pdf.js's worker outside the recording
    expect(await recordingFunctionConstructions(() => paint({}))).toEqual([])
    // The probe is live: the same page with eval allowed compiles its function.
    const withEval = await recordingFunctionConstructions(() => paint({ isEvalSupported: true }))
    expect(withEval.some((args) => args.includes('srcOffset'))).toBe(true)
  })
})

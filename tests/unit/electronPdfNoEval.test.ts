import { describe, expect, it } from 'vitest'
import { loadPdfJs, openPdf } from '../../src/main/ingest/pdfjsNode'
import type { PdfDocument } from '../../src/main/ingest/pdfjsNode'
import { postScriptFunctionPdf, recordingFunctionConstructions } from './electronPdfProbe'

/** Paints the probe's page (builds its operator list, where colour spaces and functions are parsed). */
async function paintFirstPage(open: () => Promise<PdfDocument>): Promise<number> {
  const pdf = await open()
  try {
    const page = await pdf.getPage(1)
    const ops = await page.getOperatorList()
    return ops.fnArray.length
  } finally {
    await pdf.destroy()
  }
}

describe('pdf.js in main runs no code from a file', () => {
  it("compiles nothing when Recto opens a PDF whose function pdf.js would otherwise eval", async () => {
    const bytes = await postScriptFunctionPdf()
    // Warm up: load pdf.js and its worker outside the recording.
    await paintFirstPage(() => openPdf(bytes))
    let operators = 0
    const made = await recordingFunctionConstructions(async () => {
      operators = await paintFirstPage(() => openPdf(bytes))
    })
    expect(operators).toBeGreaterThan(0)
    expect(made).toEqual([])
  })

  it('(control) the same page through pdf.js with its defaults does compile the function', async () => {
    const bytes = await postScriptFunctionPdf()
    const { getDocument } = await loadPdfJs()
    const made = await recordingFunctionConstructions(async () => {
      await paintFirstPage(() => getDocument({ data: bytes.slice(), verbosity: 0 }).promise)
    })
    expect(made.some((args) => args.includes('srcOffset'))).toBe(true)
  })
})

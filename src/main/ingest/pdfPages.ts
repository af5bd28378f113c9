import type { Word } from '../../shared/words'
import type { PdfPage } from './pdfjsNode'
import { loadPdfJs } from './pdfjsNode'
import { runsToWords } from './textLayer'
import type { PlacedRun } from './textLayer'

export interface PageGeometry {
  width: number
  height: number
  rotation: number
}

export function pageGeometry(page: PdfPage): PageGeometry {
  const viewport = page.getViewport({ scale: 1 })
  return { width: round(viewport.width), height: round(viewport.height), rotation: page.rotate }
}

/** The page's text layer as words in points from the top-left (after the page's own rotation). */
export async function readTextLayer(page: PdfPage): Promise<Word[]> {
  const { Util } = await loadPdfJs()
  const viewport = page.getViewport({ scale: 1 })
  const content = await page.getTextContent()
  const runs: PlacedRun[] = []
  for (const item of content.items) {
    if (!('str' in item) || !item.str.trim()) continue
    const [a, b, c, d, e, f] = Util.transform(viewport.transform, item.transform) as number[]
    const fontSize = Math.hypot(c ?? 0, d ?? 0) || Math.hypot(a ?? 0, b ?? 0)
    runs.push({ text: item.str, x: e ?? 0, baseline: f ?? 0, width: item.width, fontSize })
  }
  return runsToWords(runs)
}

/**
 * True when an image covers most of the page: a scan, perhaps with a thin printed text layer on
 * top. Walks the operator list keeping the transformation matrix, since images are drawn into
 * the unit square of the current matrix.
 */
export async function hasPageCoveringImage(page: PdfPage): Promise<boolean> {
  const { OPS, Util } = await loadPdfJs()
  const ops = await page.getOperatorList()
  const viewport = page.getViewport({ scale: 1 })
  const pageArea = viewport.width * viewport.height
  const stack: number[][] = []
  let ctm = [1, 0, 0, 1, 0, 0]
  for (let i = 0; i < ops.fnArray.length; i++) {
    const fn = ops.fnArray[i]
    const args = ops.argsArray[i] as unknown[]
    if (fn === OPS.save) stack.push(ctm)
    else if (fn === OPS.restore) ctm = stack.pop() ?? [1, 0, 0, 1, 0, 0]
    else if (fn === OPS.transform) ctm = Util.transform(ctm, args as number[]) as number[]
    else if (fn === OPS.paintImageXObject || fn === OPS.paintInlineImageXObject) {
      const [a = 0, b = 0, c = 0, d = 0] = ctm
      if (Math.abs(a * d - b * c) > pageArea * 0.5) return true
    }
  }
  return false
}

function round(n: number): number {
  return Math.round(n * 100) / 100
}

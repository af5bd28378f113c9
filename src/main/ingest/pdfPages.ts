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

function round(n: number): number {
  return Math.round(n * 100) / 100
}

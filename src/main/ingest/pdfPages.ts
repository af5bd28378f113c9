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

export type Rect = [number, number, number, number]

/** What the page's drawing order says about its text layer. */
export interface PageDrawing {
  /** Images covering at least half the page (a scan), in page units from the top-left. */
  coveringImages: Rect[]
  /** Covering images painted after some text: whatever text lies under them cannot be seen. */
  imagesOverText: Rect[]
}

const TEXT_OPS = [
  'showText',
  'showSpacedText',
  'nextLineShowText',
  'nextLineSetSpacingShowText',
] as const

/**
 * Finds the big images on a page and whether they were painted over text. Walks the operator list
 * keeping the transformation matrix, since an image is drawn into the unit square of the current
 * matrix (form XObjects bring their own matrix).
 */
export async function readPageDrawing(page: PdfPage): Promise<PageDrawing> {
  const { OPS, Util } = await loadPdfJs()
  const ops = await page.getOperatorList()
  const viewport = page.getViewport({ scale: 1 })
  const pageArea = viewport.width * viewport.height
  const textOps = new Set<number>(TEXT_OPS.map((name) => OPS[name]))
  const drawing: PageDrawing = { coveringImages: [], imagesOverText: [] }
  const stack: number[][] = []
  let ctm = [1, 0, 0, 1, 0, 0]
  let textSeen = false
  for (let i = 0; i < ops.fnArray.length; i++) {
    const fn = ops.fnArray[i]!
    const args = ops.argsArray[i] as unknown[]
    if (fn === OPS.save) stack.push(ctm)
    else if (fn === OPS.restore) ctm = stack.pop() ?? [1, 0, 0, 1, 0, 0]
    else if (fn === OPS.transform) ctm = Util.transform(ctm, args as number[]) as number[]
    else if (fn === OPS.paintFormXObjectBegin) {
      stack.push(ctm)
      const matrix = args[0] as number[] | null
      if (matrix) ctm = Util.transform(ctm, matrix) as number[]
    } else if (fn === OPS.paintFormXObjectEnd) ctm = stack.pop() ?? [1, 0, 0, 1, 0, 0]
    else if (textOps.has(fn)) textSeen = true
    else if (fn === OPS.paintImageXObject || fn === OPS.paintInlineImageXObject) {
      const rect = unitSquareOnPage(Util.transform(viewport.transform, ctm) as number[])
      if ((rect[2] - rect[0]) * (rect[3] - rect[1]) < pageArea * 0.5) continue
      drawing.coveringImages.push(rect)
      if (textSeen) drawing.imagesOverText.push(rect)
    }
  }
  return drawing
}

function unitSquareOnPage([a = 0, b = 0, c = 0, d = 0, e = 0, f = 0]: number[]): Rect {
  const xs = [e, a + e, c + e, a + c + e]
  const ys = [f, b + f, d + f, b + d + f]
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)]
}

function round(n: number): number {
  return Math.round(n * 100) / 100
}

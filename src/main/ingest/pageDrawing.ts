import type { PdfPage } from './pdfjsNode'
import { loadPdfJs } from './pdfjsNode'

export type Rect = [number, number, number, number]
/** An affine matrix [a, b, c, d, e, f] from an image's unit square to page units (top-left). */
export type Matrix = [number, number, number, number, number, number]

/** What the page's drawing order says about its text layer and its images. */
export interface PageDrawing {
  /** Images covering at least half the page (a scan), in page units from the top-left. */
  coveringImages: Rect[]
  /** Covering images painted after some text: whatever text lies under them cannot be seen. */
  imagesOverText: Rect[]
  /**
   * When all the page shows is one image (a scanned page), that image: OCR can read its own pixels
   * instead of a rendering of the page, which costs a resampling and a full render.
   */
  soleImage: { objId: string; toPage: Matrix } | null
}

/** One visible mark on the page, in drawing order. */
export type Paint =
  | { kind: 'image'; objId: string; toPage: Matrix; rect: Rect }
  | { kind: 'text'; visible: boolean }
  | { kind: 'other' }

const TEXT_OPS = ['showText', 'showSpacedText', 'nextLineShowText', 'nextLineSetSpacingShowText'] as const
/** Images pdf.js hands over in ways this module does not unpack (masks, inline, repeated). */
const OTHER_IMAGE_OPS = [
  'paintInlineImageXObject',
  'paintInlineImageXObjectGroup',
  'paintImageXObjectRepeat',
  'paintImageMaskXObject',
  'paintImageMaskXObjectGroup',
  'paintImageMaskXObjectRepeat',
  'paintSolidColorImageMask',
  'shadingFill',
] as const
/** Text rendering mode 3 draws nothing (OCR software uses it for its text over a scan). */
const INVISIBLE_TEXT = 3

/**
 * Walks the page's operator list keeping the transformation matrix (an image is drawn into the
 * unit square of the current matrix; form XObjects bring their own) and the text rendering mode,
 * and lists what is painted, in order.
 */
export async function readPaints(page: PdfPage): Promise<Paint[]> {
  const { OPS, Util } = await loadPdfJs()
  const ops = await page.getOperatorList()
  const viewport = page.getViewport({ scale: 1 })
  const textOps = new Set<number>(TEXT_OPS.map((name) => OPS[name]))
  const otherOps = new Set<number>(OTHER_IMAGE_OPS.map((name) => OPS[name]))
  const paints: Paint[] = []
  const stack: { ctm: number[]; textMode: number }[] = []
  let ctm = [1, 0, 0, 1, 0, 0]
  let textMode = 0
  const restore = () => ({ ctm, textMode } = stack.pop() ?? { ctm: [1, 0, 0, 1, 0, 0], textMode: 0 })
  for (let i = 0; i < ops.fnArray.length; i++) {
    const fn = ops.fnArray[i]!
    const args = ops.argsArray[i] as unknown[]
    if (fn === OPS.save) stack.push({ ctm, textMode })
    else if (fn === OPS.restore) restore()
    else if (fn === OPS.transform) ctm = Util.transform(ctm, args as number[]) as number[]
    else if (fn === OPS.paintFormXObjectBegin) {
      stack.push({ ctm, textMode })
      const matrix = args[0] as number[] | null
      if (matrix) ctm = Util.transform(ctm, matrix) as number[]
    } else if (fn === OPS.paintFormXObjectEnd) restore()
    else if (fn === OPS.setTextRenderingMode) textMode = args[0] as number
    else if (textOps.has(fn)) paints.push({ kind: 'text', visible: textMode !== INVISIBLE_TEXT })
    else if (fn === OPS.constructPath) {
      // A path that is only a clip (endPath) paints nothing.
      if (args[0] !== OPS.endPath) paints.push({ kind: 'other' })
    } else if (fn === OPS.paintImageXObject) {
      const toPage = Util.transform(viewport.transform, ctm) as Matrix
      paints.push({ kind: 'image', objId: args[0] as string, toPage, rect: unitSquareOnPage(toPage) })
    } else if (otherOps.has(fn)) paints.push({ kind: 'other' })
  }
  return paints
}

/** The drawing facts the text-layer verdict and the OCR path need, from the paints. */
export function describeDrawing(paints: readonly Paint[], page: { width: number; height: number }): PageDrawing {
  const pageArea = page.width * page.height
  const drawing: PageDrawing = { coveringImages: [], imagesOverText: [], soleImage: null }
  let textSeen = false
  for (const paint of paints) {
    if (paint.kind === 'text') textSeen = true
    if (paint.kind !== 'image' || area(paint.rect) < pageArea * 0.5) continue
    drawing.coveringImages.push(paint.rect)
    if (textSeen) drawing.imagesOverText.push(paint.rect)
  }
  drawing.soleImage = soleImage(paints, pageArea)
  return drawing
}

export async function readPageDrawing(page: PdfPage): Promise<PageDrawing> {
  const { width, height } = page.getViewport({ scale: 1 })
  return describeDrawing(await readPaints(page), { width, height })
}

/**
 * The one image a page shows, if that is all it shows: nothing visible is painted after it, and
 * whatever was painted before it lies under it (it covers the whole page). Only upright images
 * qualify (first row at the top, not mirrored or turned), so OCR's turn stays the page's turn.
 */
function soleImage(paints: readonly Paint[], pageArea: number): PageDrawing['soleImage'] {
  const visible = paints.filter((p) => p.kind !== 'text' || p.visible)
  const images = visible.filter((p) => p.kind === 'image')
  const last = visible.at(-1)
  if (images.length !== 1 || last?.kind !== 'image') return null
  if (visible.length > 1 && area(last.rect) < pageArea * 0.98) return null
  const [a, b, c, d] = last.toPage
  const upright = a > 0 && d < 0 && Math.abs(b) < 1e-6 * a && Math.abs(c) < 1e-6 * -d
  return upright ? { objId: last.objId, toPage: last.toPage } : null
}

function unitSquareOnPage([a, b, c, d, e, f]: Matrix): Rect {
  const xs = [e, a + e, c + e, a + c + e]
  const ys = [f, b + f, d + f, b + d + f]
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)]
}

function area([x0, y0, x1, y1]: Rect): number {
  return (x1 - x0) * (y1 - y0)
}

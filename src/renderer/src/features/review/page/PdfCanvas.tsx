import { useEffect, useRef } from 'react'
import type { PDFDocumentProxy, RenderTask } from 'pdfjs-dist'
import { errorMessage } from '../../../store/navSlice'
import { isRenderCancel } from './pdfDocument'

interface PdfCanvasProps {
  pdf: PDFDocumentProxy
  pageNumber: number
  /** CSS pixels of the unrotated page. */
  width: number
  height: number
  /** Handed back once this exact rendering is on screen. */
  renderKey: string
  onPainted: (renderKey: string) => void
  onFailed: (message: string) => void
}

/** Caps the backing store; a page zoomed 600% on a 2× screen would otherwise take gigabytes. */
const MAX_CANVAS_PIXELS = 16_000_000

export function PdfCanvas(props: PdfCanvasProps) {
  const { pdf, pageNumber, width, height, renderKey, onPainted, onFailed } = props
  const canvasRef = useRef<HTMLCanvasElement>(null)

  useEffect(() => {
    const canvas = canvasRef.current
    if (!canvas) return
    let task: RenderTask | null = null
    let cancelled = false
    const render = async () => {
      const page = await pdf.getPage(pageNumber)
      if (cancelled) return
      const base = page.getViewport({ scale: 1 })
      const ratio = Math.min(
        window.devicePixelRatio || 1,
        Math.sqrt(MAX_CANVAS_PIXELS / Math.max(1, width * height)),
      )
      const viewport = page.getViewport({ scale: (width / base.width) * ratio })
      canvas.width = Math.max(1, Math.floor(viewport.width))
      canvas.height = Math.max(1, Math.floor(viewport.height))
      task = page.render({ canvas, viewport })
      await task.promise
      if (!cancelled) onPainted(renderKey)
    }
    render().catch((error: unknown) => {
      if (!cancelled && !isRenderCancel(error)) onFailed(errorMessage(error))
    })
    return () => {
      cancelled = true
      task?.cancel()
    }
  }, [pdf, pageNumber, width, height, renderKey, onPainted, onFailed])

  return (
    <canvas
      ref={canvasRef}
      className="page-canvas"
      data-testid="page-canvas"
      aria-label={`Page ${pageNumber}`}
      style={{ width, height }}
    />
  )
}

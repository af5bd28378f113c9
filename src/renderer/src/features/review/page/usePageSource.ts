import { useEffect, useState } from 'react'
import type { PDFDocumentProxy } from 'pdfjs-dist'
import { useRecto } from '../../../store'
import { errorMessage } from '../../../store/navSlice'
import { loadPdf } from './pdfDocument'

export type PageSource =
  | { kind: 'loading' }
  | { kind: 'pdf'; pdf: PDFDocumentProxy }
  | { kind: 'image'; url: string }
  | { kind: 'none'; message: string }
  | { kind: 'error'; message: string }

/** The open document's file, ready to draw; released when the document closes. */
export function usePageSource(documentId: number): PageSource {
  const readDocumentFile = useRecto((s) => s.readDocumentFile)
  const [source, setSource] = useState<PageSource>({ kind: 'loading' })

  useEffect(() => {
    let disposed = false
    let release = () => {}
    const load = async () => {
      const { mime, bytes } = await readDocumentFile(documentId)
      if (disposed) return
      if (mime.startsWith('image/')) {
        const url = URL.createObjectURL(new Blob([bytes.slice()], { type: mime }))
        release = () => URL.revokeObjectURL(url)
        setSource({ kind: 'image', url })
      } else if (mime === 'application/pdf') {
        const task = await loadPdf(bytes)
        release = () => void task.destroy()
        if (disposed) return release()
        const pdf = await task.promise
        if (!disposed) setSource({ kind: 'pdf', pdf })
      } else {
        setSource({ kind: 'none', message: 'This document has no page to show (structured data).' })
      }
    }
    load().catch((error: unknown) => {
      if (!disposed) setSource({ kind: 'error', message: errorMessage(error) })
    })
    return () => {
      disposed = true
      release()
    }
  }, [documentId, readDocumentFile])

  return source
}

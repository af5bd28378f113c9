import { useState } from 'react'
import { useRecto } from '../../../store'
import { fitWidthScale } from './geometry'
import { PageStage } from './PageStage'
import { PageToolbar } from './PageToolbar'
import { UnlockForm } from './UnlockForm'
import { useElementWidth } from './useElementWidth'
import { usePageSource } from './usePageSource'

/** Room around the page inside the scroll area, in CSS pixels (see .page-scroll). */
const GUTTER = 32

export function PageViewer({ documentId }: { documentId: number }) {
  const mime = useRecto((s) => s.detail?.document.mime ?? '')
  const pageNumber = useRecto((s) => s.page)
  // bumped once the clerk unlocked an encrypted PDF, to load it again
  const [attempt, setAttempt] = useState(0)
  const source = usePageSource(documentId, mime, pageNumber, attempt)
  const info = useRecto((s) => s.detail?.pages.find((p) => p.page === s.page))
  const zoom = useRecto((s) => s.zoom)
  const rotation = useRecto((s) => s.rotation)
  const [scrollRef, width] = useElementWidth<HTMLDivElement>()
  const scale = zoom !== 'fit' ? zoom : info ? fitWidthScale(info, rotation, width - GUTTER) : 1

  return (
    <section className="page-viewer" aria-label="Document page">
      <PageToolbar scale={scale} />
      <div className="page-scroll" ref={scrollRef}>
        {source.kind === 'locked' ? (
          <UnlockForm documentId={documentId} onUnlocked={() => setAttempt((n) => n + 1)} />
        ) : source.kind === 'error' || source.kind === 'none' ? (
          <p className="page-message" role={source.kind === 'error' ? 'alert' : undefined}>
            {source.message}
          </p>
        ) : !info ? (
          <p className="page-message">This document has no pages.</p>
        ) : source.kind === 'loading' || (zoom === 'fit' && width === 0) ? (
          <p className="page-message" aria-busy="true">
            Loading page…
          </p>
        ) : (
          <PageStage source={source} info={info} scale={scale} rotation={rotation} />
        )}
      </div>
    </section>
  )
}

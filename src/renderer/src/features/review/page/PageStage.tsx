import { useCallback, useEffect, useState } from 'react'
import type { PageInfo } from '../../../../../shared/documents'
import { useRecto } from '../../../store'
import { FieldBoxes } from './FieldBoxes'
import { rotatedSize, rotationTransform, scaleBox } from './geometry'
import type { Rotation } from './geometry'
import { PdfCanvas } from './PdfCanvas'
import { usePagePicking } from './usePagePicking'
import type { PageSource } from './usePageSource'
import { WordsLayer } from './WordsLayer'

interface PageStageProps {
  source: Extract<PageSource, { kind: 'pdf' | 'image' }>
  info: PageInfo
  scale: number
  rotation: Rotation
}

/**
 * One page with its overlays. The sheet (page, words, boxes) is laid out unrotated in page units
 * times `scale`, then turned as a whole by CSS; the stage around it takes the turned size.
 * `data-painted` turns true once the pixels for the current page and zoom are on screen.
 */
export function PageStage({ source, info, scale, rotation }: PageStageProps) {
  const size = { width: info.width * scale, height: info.height * scale }
  const stage = rotatedSize(size, rotation)
  const renderKey = source.kind === 'pdf' ? `${info.page}@${size.width}x${size.height}` : source.url
  const [painted, setPainted] = useState<string | null>(null)
  const [failure, setFailure] = useState<string | null>(null)
  const wordsLoaded = useRecto((s) => s.words[info.page] !== undefined)
  const notePagePainted = useRecto((s) => s.notePagePainted)
  const isPainted = painted === renderKey
  // Words stay once their page was first drawn, through later zooms and turns.
  const [wordsPage, setWordsPage] = useState<number | null>(null)
  const showWords = wordsPage === info.page || failure !== null
  const pageNumber = info.page
  const onPainted = useCallback(
    (key: string) => {
      setPainted(key)
      setWordsPage(pageNumber)
    },
    [pageNumber],
  )
  const { handlers, dragBox } = usePagePicking({ page: info.page, size, rotation, scale })
  const drag = dragBox && scaleBox(dragBox, scale)

  // The boxes come with the stage; once the pixels are there too, the clerk sees the whole page.
  useEffect(() => {
    if (!isPainted) return
    notePagePainted(info.page)
  }, [isPainted, info.page, notePagePainted])

  return (
    <div
      className="page-stage"
      data-testid="page-view"
      data-page={info.page}
      data-painted={failure ? 'failed' : isPainted ? 'true' : 'false'}
      data-words-loaded={wordsLoaded && showWords}
      data-scale={scale.toFixed(3)}
      data-rotation={rotation}
      style={{ width: stage.width, height: stage.height }}
      // Keeps focus in the field being filled, and stops the drag from selecting text.
      onMouseDown={(e) => e.preventDefault()}
      {...handlers}
    >
      <div
        className="page-sheet"
        style={{ ...size, transform: rotationTransform(size, rotation) }}
      >
        {source.kind === 'pdf' ? (
          <PdfCanvas
            pdf={source.pdf}
            pageNumber={info.page}
            width={size.width}
            height={size.height}
            renderKey={renderKey}
            onPainted={onPainted}
            onFailed={setFailure}
          />
        ) : (
          <img
            className="page-canvas"
            data-testid="page-canvas"
            src={source.url}
            alt={`Page ${info.page}`}
            draggable={false}
            style={{ width: size.width, height: size.height }}
            // Decoded before it counts as painted, so a large scan is not reported early.
            onLoad={(e) => {
              const url = source.url
              e.currentTarget.decode().then(
                () => onPainted(url),
                () => onPainted(url),
              )
            }}
            onError={() => setFailure('This image format cannot be shown here.')}
          />
        )}
        {/* Hundreds of word boxes wait until the page is out: they are for clicking, not seeing. */}
        {showWords && <WordsLayer page={info.page} scale={scale} />}
        <FieldBoxes page={info.page} scale={scale} />
        {drag && (
          <div
            className="drag-rect"
            data-testid="drag-rect"
            style={{ left: drag.left, top: drag.top, width: drag.width, height: drag.height }}
          />
        )}
      </div>
      {failure && (
        <p className="page-failure" role="alert">
          {failure}
        </p>
      )}
    </div>
  )
}

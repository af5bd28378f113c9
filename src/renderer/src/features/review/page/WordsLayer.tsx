import { memo } from 'react'
import { useRecto } from '../../../store'
import { scaleBox } from './geometry'

/**
 * The page's words as invisible boxes to click. Each carries its text (transparent) so tests and
 * the browser's find can match it; the pointer handling lives on the stage (usePagePicking).
 */
export const WordsLayer = memo(function WordsLayer(props: { page: number; scale: number }) {
  const { page, scale } = props
  const words = useRecto((s) => s.words[page])
  if (!words) return null
  return (
    <div className="words-layer" aria-hidden="true">
      {words.map((word, index) => {
        const r = scaleBox(word.bbox, scale)
        return (
          <span
            key={index}
            className="page-word"
            data-testid="page-word"
            data-word-index={index}
            style={{ ...r, fontSize: r.height * 0.8 }}
          >
            {word.text}
          </span>
        )
      })}
    </div>
  )
})

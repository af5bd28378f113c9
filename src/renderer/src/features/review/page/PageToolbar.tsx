import { useRecto } from '../../../store'
import { clampScale } from './geometry'

const ZOOM_STEP = 1.25

export function PageToolbar({ scale }: { scale: number }) {
  const page = useRecto((s) => s.page)
  const pages = useRecto((s) => s.detail?.pages.length ?? 0)
  const fit = useRecto((s) => s.zoom === 'fit')
  const { setPage, setZoom, rotate } = useRecto.getState()

  return (
    <div className="page-toolbar" role="group" aria-label="Page controls">
      <button
        type="button"
        aria-label="Previous page"
        data-testid="page-previous"
        disabled={page <= 1}
        onClick={() => setPage(page - 1)}
      >
        ‹
      </button>
      <label className="inline-label">
        Page
        <select
          data-testid="page-select"
          value={page}
          onChange={(e) => setPage(Number(e.currentTarget.value))}
        >
          {Array.from({ length: pages }, (_, i) => (
            <option key={i + 1} value={i + 1}>
              {i + 1}
            </option>
          ))}
        </select>
        of {pages}
      </label>
      <button
        type="button"
        aria-label="Next page"
        data-testid="page-next"
        disabled={page >= pages}
        onClick={() => setPage(page + 1)}
      >
        ›
      </button>
      <span className="toolbar-gap" />
      <button
        type="button"
        aria-label="Zoom out"
        data-testid="zoom-out"
        onClick={() => setZoom(clampScale(scale / ZOOM_STEP))}
      >
        −
      </button>
      <output className="zoom-level" data-testid="zoom-level" aria-label="Zoom">
        {Math.round(scale * 100)}%
      </output>
      <button
        type="button"
        aria-label="Zoom in"
        data-testid="zoom-in"
        onClick={() => setZoom(clampScale(scale * ZOOM_STEP))}
      >
        +
      </button>
      <button
        type="button"
        data-testid="fit-width"
        aria-pressed={fit}
        onClick={() => setZoom('fit')}
      >
        Fit width
      </button>
      <button type="button" aria-label="Rotate clockwise" data-testid="rotate" onClick={rotate}>
        ↻
      </button>
    </div>
  )
}

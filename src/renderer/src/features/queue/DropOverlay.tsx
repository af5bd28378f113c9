import { useCallback } from 'react'
import { useRecto } from '../../store'
import { pendingFiles } from './pendingFiles'
import { useFileDrop } from './useFileDrop'

export function DropOverlay() {
  const importFiles = useRecto((s) => s.importFiles)
  const onFiles = useCallback(
    (files: File[]) => void importFiles(pendingFiles(files)),
    [importFiles],
  )
  const dragging = useFileDrop(onFiles)
  if (!dragging) return null
  return (
    <div className="drop-overlay" data-testid="drop-overlay" aria-hidden="true">
      Drop files to import them
    </div>
  )
}

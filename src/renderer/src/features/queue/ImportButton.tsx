import { useRef } from 'react'
import { useRecto } from '../../store'
import { pendingFiles } from './pendingFiles'

/** Electron cannot open a native dialog from the renderer; a file input does the same job. */
export function ImportButton() {
  const input = useRef<HTMLInputElement>(null)
  const importing = useRecto((s) => s.importing)
  const importFiles = useRecto((s) => s.importFiles)

  return (
    <>
      <button
        type="button"
        className="primary"
        data-testid="import-button"
        disabled={importing}
        onClick={() => input.current?.click()}
      >
        {importing ? 'Importing…' : 'Import files…'}
      </button>
      <input
        ref={input}
        type="file"
        multiple
        hidden
        accept=".pdf,.xml,image/*,application/pdf"
        aria-label="Files to import"
        data-testid="import-input"
        onChange={(e) => {
          const files = e.currentTarget.files
          if (files && files.length > 0) void importFiles(pendingFiles(files))
          // Cleared so that picking the same file again still fires a change.
          e.currentTarget.value = ''
        }}
      />
    </>
  )
}

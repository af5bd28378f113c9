import { useRecto } from '../../store'

/** The outcome of the last import; files that were refused are listed with the reason. */
export function ImportSummary() {
  const result = useRecto((s) => s.lastImport)
  if (!result) return null
  const { added, duplicates, failed } = result

  return (
    <div className="import-summary" role="status" data-testid="import-summary">
      <span>
        Imported {added.length} file{added.length === 1 ? '' : 's'}
        {duplicates.length > 0 && `, ${duplicates.length} already in the queue`}
        {failed.length > 0 && `, ${failed.length} refused`}.
      </span>
      {failed.length > 0 && (
        <ul className="import-failures">
          {failed.map((f) => (
            <li key={f.path}>
              {f.path}: {f.error}
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}

import { DOCUMENT_STATUSES } from '../../../../shared/documents'
import { useRecto } from '../../store'
import { STATUS_LABEL } from './queueModel'

/** Status multi-select; nothing ticked shows every status. */
export function StatusFilter() {
  const selected = useRecto((s) => s.statusFilter)
  const setStatusFilter = useRecto((s) => s.setStatusFilter)

  return (
    <fieldset className="status-filter" data-testid="status-filter">
      <legend>Status</legend>
      {DOCUMENT_STATUSES.map((status) => (
        <label key={status} className="chip">
          <input
            type="checkbox"
            data-testid={`status-filter-${status}`}
            checked={selected.includes(status)}
            onChange={(e) =>
              setStatusFilter(
                e.currentTarget.checked
                  ? [...selected, status]
                  : selected.filter((s) => s !== status),
              )
            }
          />
          {STATUS_LABEL[status]}
        </label>
      ))}
    </fieldset>
  )
}

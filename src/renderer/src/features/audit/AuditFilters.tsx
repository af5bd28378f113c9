import { EDIT_ACTIONS } from '../../../../shared/documents'
import type { EditAction } from '../../../../shared/documents'
import { LabelledField } from '../../components/LabelledField'
import { useRecto } from '../../store'
import { ACTION_LABEL } from './auditModel'

export function AuditFilters() {
  const filter = useRecto((s) => s.auditFilter)
  const setFilter = useRecto((s) => s.setAuditFilter)
  const users = useRecto((s) => s.profiles?.profiles)

  return (
    <div className="audit-filters" role="search" aria-label="Filter the edit log">
      <LabelledField label="User">
        <input
          type="text"
          list="audit-users"
          data-testid="audit-user"
          value={filter.user}
          onChange={(e) => setFilter({ user: e.currentTarget.value })}
        />
        <datalist id="audit-users">
          {users?.map((p) => <option key={p.name} value={p.name} />)}
        </datalist>
      </LabelledField>
      <LabelledField label="Action">
        <select
          data-testid="audit-action"
          value={filter.action}
          onChange={(e) => setFilter({ action: e.currentTarget.value as EditAction | '' })}
        >
          <option value="">Any</option>
          {EDIT_ACTIONS.map((a) => (
            <option key={a} value={a}>
              {ACTION_LABEL[a]}
            </option>
          ))}
        </select>
      </LabelledField>
      <LabelledField label="From">
        <input
          type="date"
          data-testid="audit-from"
          value={filter.from}
          onChange={(e) => setFilter({ from: e.currentTarget.value })}
        />
      </LabelledField>
      <LabelledField label="To">
        <input
          type="date"
          data-testid="audit-to"
          value={filter.to}
          onChange={(e) => setFilter({ to: e.currentTarget.value })}
        />
      </LabelledField>
      <input
        type="search"
        className="audit-search"
        placeholder="Document, supplier, invoice number…"
        aria-label="Search documents in the edit log"
        data-testid="audit-search"
        value={filter.search}
        onChange={(e) => setFilter({ search: e.currentTarget.value })}
      />
    </div>
  )
}

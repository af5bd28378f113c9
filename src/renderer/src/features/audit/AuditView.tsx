import { useRecto } from '../../store'
import { AUDIT_PAGE_SIZE } from '../../store/auditSlice'
import { AuditFilters } from './AuditFilters'
import { AuditTable } from './AuditTable'
import './audit.css'

/** The whole edit log, newest first, a page at a time. */
export function AuditView() {
  const audit = useRecto((s) => s.audit)
  const offset = useRecto((s) => s.auditOffset)
  const loading = useRecto((s) => s.auditLoading)
  const loadAudit = useRecto((s) => s.loadAudit)
  const total = audit?.total ?? 0
  const shown = audit?.entries.length ?? 0

  return (
    <section
      className="audit-view"
      aria-label="Edit log"
      data-testid="audit-view"
      aria-busy={loading}
    >
      <h2>Edit log</h2>
      <AuditFilters />
      <div className="audit-pager">
        <span role="status" data-testid="audit-count" data-total={total}>
          {total === 0 ? 'No edits' : `${offset + 1}–${offset + shown} of ${total} edits`}
        </span>
        <button
          type="button"
          disabled={offset === 0}
          onClick={() => void loadAudit(Math.max(0, offset - AUDIT_PAGE_SIZE))}
        >
          Newer
        </button>
        <button
          type="button"
          disabled={offset + shown >= total}
          onClick={() => void loadAudit(offset + AUDIT_PAGE_SIZE)}
        >
          Older
        </button>
      </div>
      {audit && <AuditTable entries={audit.entries} showDocument label="Edits" />}
    </section>
  )
}

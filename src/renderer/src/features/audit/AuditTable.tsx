import type { AuditEntry } from '../../../../shared/documents'
import { formatPercent } from '../../lib/format'
import { ACTION_LABEL, changeText, fieldLabel, localTime } from './auditModel'

interface AuditTableProps {
  entries: readonly AuditEntry[]
  /** The global log names each row's document; a document's own history does not need to. */
  showDocument: boolean
  label: string
}

/** Who changed what, when, from what; times in local time, the UTC original on hover. */
export function AuditTable({ entries, showDocument, label }: AuditTableProps) {
  if (entries.length === 0) {
    return (
      <p className="muted" data-testid="audit-empty">
        No edits match.
      </p>
    )
  }
  return (
    <div className="audit-scroll">
      <table className="audit-table data-table" aria-label={label} data-testid="audit-table">
        <thead>
          <tr>
            <th scope="col">Time</th>
            <th scope="col">User</th>
            <th scope="col">Action</th>
            {showDocument && <th scope="col">Document</th>}
            <th scope="col">Field</th>
            <th scope="col">Change</th>
            <th scope="col">Confidence before</th>
            <th scope="col">Source</th>
            <th scope="col">App</th>
            <th scope="col">Model</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr key={e.id} data-testid="audit-row" data-action={e.action} data-user={e.user}>
              <td title={e.at}>{localTime(e.at)}</td>
              <td>{e.user}</td>
              <td>{ACTION_LABEL[e.action]}</td>
              {showDocument && (
                <td title={e.fileName}>
                  #{e.documentId} {e.supplierName ?? e.fileName}
                </td>
              )}
              <td>{fieldLabel(e)}</td>
              <td className="audit-change">{changeText(e)}</td>
              <td>{e.oldConfidence === null ? '' : formatPercent(e.oldConfidence)}</td>
              <td>{e.oldSource ?? ''}</td>
              <td>{e.appVersion}</td>
              <td>{e.modelVersion ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

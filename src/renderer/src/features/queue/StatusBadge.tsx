import type { DocumentStatus } from '../../../../shared/documents'
import { STATUS_LABEL } from './queueModel'

export function StatusBadge({ status }: { status: DocumentStatus }) {
  return (
    <span className={`badge badge-${status}`} data-testid="status-badge" data-status={status}>
      {STATUS_LABEL[status]}
    </span>
  )
}

import type { Role } from '../../../../shared/documents'

export const ROLE_LABEL: Record<Role, string> = {
  clerk: 'clerk',
  reviewer: 'reviewer',
  supervisor: 'supervisor',
}

import { migration0001 } from './0001-initial'
import { migration0002 } from './0002-learning'
import { migration0003 } from './0003-roles'
import { migration0004 } from './0004-ranker'
import { migration0005 } from './0005-language'
import type { Migration } from './types'

/** Every migration, in order. Append only: a shipped migration is never edited. */
export const MIGRATIONS: readonly Migration[] = [migration0001, migration0002, migration0003, migration0004, migration0005]

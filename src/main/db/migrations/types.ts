import type { WritableDb } from '../handles'

/** One numbered schema step. `sql` is hashed so that editing an applied migration fails loudly. */
export interface Migration {
  version: number
  name: string
  up: (db: WritableDb) => void
  /** The text that identifies this migration's content; hashed and stored when applied. */
  source: string
}

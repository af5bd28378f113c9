import { createHash } from 'node:crypto'
import { RectoError } from '../../shared/errors'
import type { WritableDb } from './handles'
import type { Migration } from './migrations/types'

/**
 * Brings the schema up to date in one transaction: every pending migration or none. Refuses a
 * database written by a newer Recto, and one whose applied migrations were edited since.
 */
export function migrate(db: WritableDb, migrations: readonly Migration[]): void {
  assertAscending(migrations)
  const latest = migrations.at(-1)?.version ?? 0
  const current = db.pragma('user_version', { simple: true }) as number
  if (current > latest) {
    throw new RectoError(
      'database_too_new',
      `The database was written by a newer version of Recto (schema ${current}; this version knows ${latest}). Update Recto to open it.`,
    )
  }
  db.transaction(() => {
    db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version INTEGER PRIMARY KEY, name TEXT NOT NULL, sha256 TEXT NOT NULL, applied_at TEXT NOT NULL)`)
    assertUnchanged(db, migrations, current)
    for (const migration of migrations) {
      if (migration.version <= current) continue
      migration.up(db)
      db.prepare(
        'INSERT INTO schema_migrations (version, name, sha256, applied_at) VALUES (?, ?, ?, ?)',
      ).run(migration.version, migration.name, hashOf(migration), new Date().toISOString())
    }
    db.pragma(`user_version = ${latest}`)
  })()
}

function assertAscending(migrations: readonly Migration[]): void {
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`migration ${m.name} has version ${m.version}, expected ${i + 1}`)
  })
}

function assertUnchanged(db: WritableDb, migrations: readonly Migration[], current: number): void {
  const applied = db.prepare('SELECT version, sha256 FROM schema_migrations').all() as {
    version: number
    sha256: string
  }[]
  for (const row of applied) {
    const migration = migrations.find((m) => m.version === row.version)
    if (migration && row.version <= current && hashOf(migration) !== row.sha256) {
      throw new Error(`migration ${row.version} (${migration.name}) was edited after it was applied`)
    }
  }
}

function hashOf(migration: Migration): string {
  return createHash('sha256').update(migration.source).digest('hex')
}

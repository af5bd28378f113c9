import type { Profile, ProfilesInfo, Role } from '../../shared/documents'
import { RectoError } from '../../shared/errors'
import type { ReadableDb } from '../db/handles'
import { nowIso, prepared } from '../db/statements'
import type { ServiceContext } from './context'
import { updateSettings } from './settingsService'

interface ProfileRow {
  name: string
  role: Role
  created_at: string
}

export function listProfiles(db: ReadableDb): Profile[] {
  const rows = prepared(
    db,
    'SELECT name, role, created_at FROM profiles ORDER BY name COLLATE NOCASE',
  ).all() as ProfileRow[]
  return rows.map((r) => ({ name: r.name, role: r.role, createdAt: r.created_at }))
}

function findProfile(db: ReadableDb, name: string): ProfileRow | undefined {
  return prepared(db, 'SELECT name, role, created_at FROM profiles WHERE name = ?').get(name) as
    | ProfileRow
    | undefined
}

/**
 * Who is working now: the settings' userName. A name set without a profile (older scripts, the
 * CLI) keeps working, with a clerk's rights only.
 */
export function currentProfile(ctx: ServiceContext): ProfilesInfo['current'] {
  const name = ctx.settings().userName
  const row = findProfile(ctx.db, name)
  return { name, role: row?.role ?? 'clerk', registered: row !== undefined }
}

export function profilesInfo(ctx: ServiceContext): ProfilesInfo {
  return { profiles: listProfiles(ctx.db), current: currentProfile(ctx) }
}

/** Throws unless the current profile has one of `roles`; `doing` finishes "Only … can …". */
export function requireRole(ctx: ServiceContext, roles: readonly Role[], doing: string): void {
  const { name, role } = currentProfile(ctx)
  if (!roles.includes(role)) {
    throw new RectoError(
      'forbidden',
      `Only a ${roles.join(' or ')} can ${doing}; ${name} is a ${role}. Switch profile to do it.`,
    )
  }
}

/**
 * Creates a profile or changes its role. Handing out reviewer or supervisor rights takes a
 * supervisor, except while there is none (a fresh start must be able to appoint one). The last
 * supervisor cannot be demoted, so reopening documents never becomes impossible.
 */
export function saveProfile(ctx: ServiceContext, name: string, role: Role): ProfilesInfo {
  const supervisors = listProfiles(ctx.db).filter((p) => p.role === 'supervisor')
  const existing = findProfile(ctx.db, name)
  if ((role !== 'clerk' || existing) && supervisors.length > 0) {
    requireRole(ctx, ['supervisor'], 'hand out roles')
  }
  if (existing?.role === 'supervisor' && role !== 'supervisor' && supervisors.length === 1) {
    throw new RectoError(
      'last_supervisor',
      `${name} is the only supervisor; appoint another first.`,
    )
  }
  prepared(
    ctx.db,
    `INSERT INTO profiles (name, role, created_at) VALUES (?, ?, ?)
     ON CONFLICT (name) DO UPDATE SET role = excluded.role`,
  ).run(name, role, nowIso())
  return profilesInfo(ctx)
}

export function switchProfile(ctx: ServiceContext, name: string): ProfilesInfo {
  if (!findProfile(ctx.db, name)) {
    throw new RectoError('not_found', `There is no profile named ${name}.`)
  }
  updateSettings(ctx, { userName: name })
  return profilesInfo(ctx)
}

import { RectoError } from '../../shared/errors'
import { settingsSchema } from '../../shared/settings'
import type { Settings } from '../../shared/settings'
import type { Check } from '../../shared/fields'
import { writeSettings } from '../db/repositories/settings'
import { prepared } from '../db/statements'
import type { ServiceContext } from './context'
import { refreshReviewFlags } from './reviewFlags'

/**
 * Saves new settings; a new threshold re-flags every open document at once, so the queue's counts
 * always match what the review form will highlight.
 */
export function updateSettings(ctx: ServiceContext, patch: Partial<Settings>): Settings {
  // An explicit `undefined` in the patch means "unchanged", not "erase".
  const defined = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined))
  const parsed = settingsSchema.safeParse({ ...ctx.settings(), ...defined })
  if (!parsed.success) {
    throw new RectoError('invalid_settings', `These settings are not valid: ${parsed.error.issues[0]?.message ?? ''}`)
  }
  const next = parsed.data
  ctx.db.transaction(() => {
    writeSettings(ctx.db, next)
    const open = prepared(
      ctx.db,
      `SELECT id, checks_json FROM documents WHERE status IN ('to_review', 'auto_approved')`,
    ).all() as { id: number; checks_json: string }[]
    for (const doc of open) refreshReviewFlags(ctx.db, doc.id, JSON.parse(doc.checks_json) as Check[], next)
  })()
  ctx.events.emit('documentsChanged', { documentIds: [] })
  return next
}

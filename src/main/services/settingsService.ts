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
  const next = settingsSchema.parse({ ...ctx.settings(), ...patch })
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

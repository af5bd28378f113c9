import type { DocumentDetail, Role } from '../../shared/documents'
import { RectoError } from '../../shared/errors'
import type { BBox, Check } from '../../shared/fields'
import type { ParsedRequestOf } from '../../shared/ipc/contract'
import {
  getDocumentRow,
  nextToReview,
  setReviewStage,
  setStatus,
} from '../db/repositories/documents'
import type { DocumentRow } from '../db/repositories/documents'
import { appendEdit } from '../db/repositories/edits'
import type { NewEdit } from '../db/repositories/edits'
import { deleteLine, getField, markAccepted, maxLine, writeCorrection } from '../db/repositories/fields'
import { learnFromConfirmed } from '../learning'
import { normaliseManualValue } from './normaliseManual'
import type { ServiceContext } from './context'
import { documentDetail } from './documentDetail'
import { currentProfile, requireRole } from './profiles'
import {
  assertDifferentReviewer,
  needsSecondReview,
  SECOND_REVIEWER_ROLES,
} from './profilesFourEyes'
import { refreshReviewFlags } from './reviewFlags'

/**
 * Every human decision goes through here: the field changes and its edit row are written in one
 * transaction, so the log never misses a change and never records one that did not happen.
 */
export function updateField(ctx: ServiceContext, req: ParsedRequestOf<'updateField'>): DocumentDetail {
  const doc = editableDocument(ctx, req.documentId)
  ctx.db.transaction(() => {
    const before = getField(ctx.db, req.documentId, req.line, req.key)
    if (req.action === 'accept') {
      if (!before) throw new RectoError('not_found', `The field ${req.key} has no value to accept.`)
      markAccepted(ctx.db, req.documentId, req.line, req.key)
      log(ctx, doc, { action: 'accept', fieldKey: req.key, line: req.line, page: before.page,
        oldValue: before.value, newValue: before.value, oldConfidence: before.confidence,
        oldSource: before.source, bbox: before.bbox })
    } else {
      const raw = req.raw ?? req.value ?? ''
      const value = normaliseManualValue(req.key, req.line, req.value ?? '')
      const bbox: BBox | null = req.bbox === undefined ? (before?.bbox ?? null) : req.bbox
      const page = req.page ?? before?.page ?? 1
      writeCorrection(ctx.db, req.documentId, req.line, req.key, { value, raw, page, bbox, source: 'manual' })
      log(ctx, doc, { action: 'correct', fieldKey: req.key, line: req.line, page,
        oldValue: before?.value ?? null, newValue: value, oldConfidence: before?.confidence ?? null,
        oldSource: before?.source ?? null, bbox })
    }
    refreshReviewFlags(ctx.db, req.documentId, checksOf(doc), ctx.settings())
  })()
  ctx.events.emit('documentsChanged', { documentIds: [req.documentId] })
  return documentDetail(ctx.db, req.documentId)
}

export function confirmDocument(ctx: ServiceContext, documentId: number): { nextDocumentId: number | null } {
  const doc = editableDocument(ctx, documentId)
  const who = currentProfile(ctx)
  const secondStage = doc.review_stage === 'second'
  if (secondStage) assertDifferentReviewer(ctx.db, doc, who.name)
  // Four eyes: the first confirmation of a selected document hands it to a reviewer instead.
  const handOver =
    !secondStage &&
    doc.status === 'to_review' &&
    needsSecondReview(ctx.settings().fourEyes, {
      sha256: doc.sha256,
      totalAmount: getField(ctx.db, documentId, 0, 'total_amount')?.value ?? null,
    })
  if (handOver) {
    ctx.db.transaction(() => {
      setReviewStage(ctx.db, documentId, 'second')
      log(ctx, doc, { action: 'confirm', newValue: 'second_stage' })
    })()
    ctx.events.emit('documentsChanged', { documentIds: [documentId] })
    return { nextDocumentId: nextToReview(ctx.db, documentId, { secondStage: false }) }
  }
  ctx.db.transaction(() => {
    setStatus(ctx.db, documentId, 'validated')
    if (secondStage) setReviewStage(ctx.db, documentId, 'first')
    log(ctx, doc, { action: 'confirm', oldValue: secondStage ? 'second_stage' : null })
    // learning hook: only a confirmation teaches. A savepoint inside the confirmation's
    // transaction, so a learning failure is logged and rolled back but never blocks the clerk.
    try {
      const lesson = ctx.db.transaction(() => learnFromConfirmed(ctx.db, documentId))()
      if (lesson.retrained) ctx.log('info', `retrained the ranker and confidence model: ${lesson.retrained.previousVersion} → ${lesson.retrained.version}`)
    } catch (error) {
      ctx.log('error', `learning from document ${documentId} failed`, error)
    }
  })()
  ctx.events.emit('documentsChanged', { documentIds: [documentId] })
  const secondStageNext = mayReviewSecond(who.role)
  return { nextDocumentId: nextToReview(ctx.db, documentId, { secondStage: secondStageNext }) }
}

export function rejectDocument(
  ctx: ServiceContext,
  documentId: number,
  reason: string,
): { nextDocumentId: number | null } {
  const doc = editableDocument(ctx, documentId)
  ctx.db.transaction(() => {
    setStatus(ctx.db, documentId, 'rejected', { rejectReason: reason })
    if (doc.review_stage === 'second') setReviewStage(ctx.db, documentId, 'first')
    log(ctx, doc, { action: 'reject', newValue: reason })
  })()
  ctx.events.emit('documentsChanged', { documentIds: [documentId] })
  return { nextDocumentId: nextToReview(ctx.db, documentId) }
}

export function reopenDocument(ctx: ServiceContext, documentId: number): DocumentDetail {
  requireRole(ctx, ['supervisor'], 'reopen documents')
  const doc = existingDocument(ctx, documentId)
  if (!['validated', 'rejected', 'auto_approved'].includes(doc.status)) {
    throw new RectoError('not_decided', 'Only a validated, approved or rejected document can be reopened.')
  }
  ctx.db.transaction(() => {
    setStatus(ctx.db, documentId, 'to_review')
    log(ctx, doc, { action: 'reopen', oldValue: doc.status })
  })()
  ctx.events.emit('documentsChanged', { documentIds: [documentId] })
  return documentDetail(ctx.db, documentId)
}

export function addComment(ctx: ServiceContext, documentId: number, text: string): DocumentDetail {
  const doc = existingDocument(ctx, documentId)
  log(ctx, doc, { action: 'comment', newValue: text })
  return documentDetail(ctx.db, documentId)
}

export function addLineItem(ctx: ServiceContext, documentId: number): DocumentDetail {
  const doc = editableDocument(ctx, documentId)
  ctx.db.transaction(() => {
    const line = maxLine(ctx.db, documentId) + 1
    writeCorrection(ctx.db, documentId, line, 'description', { value: '', raw: '', page: 1, bbox: null, source: 'manual' })
    log(ctx, doc, { action: 'add_line', line })
  })()
  return documentDetail(ctx.db, documentId)
}

export function deleteLineItem(ctx: ServiceContext, documentId: number, line: number): DocumentDetail {
  const doc = editableDocument(ctx, documentId)
  ctx.db.transaction(() => {
    const old = documentDetail(ctx.db, documentId).lineItems.find((l) => l.line === line)
    if (!old) throw new RectoError('not_found', `Line item ${line} does not exist.`)
    const snapshot = Object.fromEntries(Object.entries(old.cells).map(([k, c]) => [k, c?.value]))
    deleteLine(ctx.db, documentId, line)
    log(ctx, doc, { action: 'delete_line', line, oldValue: JSON.stringify(snapshot) })
    refreshReviewFlags(ctx.db, documentId, checksOf(doc), ctx.settings())
  })()
  return documentDetail(ctx.db, documentId)
}

function log(ctx: ServiceContext, doc: DocumentRow, edit: Omit<NewEdit, 'documentId' | 'user' | 'appVersion'>): void {
  appendEdit(ctx.db, {
    ...edit,
    documentId: doc.id,
    user: ctx.settings().userName,
    appVersion: ctx.appVersion,
    modelVersion: doc.model_version,
  })
}

function mayReviewSecond(role: Role): boolean {
  return SECOND_REVIEWER_ROLES.includes(role)
}

function checksOf(doc: DocumentRow): Check[] {
  return JSON.parse(doc.checks_json) as Check[]
}

function existingDocument(ctx: ServiceContext, id: number): DocumentRow {
  const doc = getDocumentRow(ctx.db, id)
  if (!doc) throw new RectoError('not_found', `Document ${id} does not exist.`)
  return doc
}

function editableDocument(ctx: ServiceContext, id: number): DocumentRow {
  const doc = existingDocument(ctx, id)
  if (doc.status !== 'to_review' && doc.status !== 'auto_approved') {
    throw new RectoError('not_editable', `Document ${id} is ${doc.status.replace('_', ' ')}; reopen it to edit.`)
  }
  // Once a clerk has handed a document over, only a reviewer may change or decide it.
  if (doc.review_stage === 'second' && !mayReviewSecond(currentProfile(ctx).role)) {
    throw new RectoError('awaiting_reviewer', `Document ${id} is awaiting a reviewer.`)
  }
  return doc
}

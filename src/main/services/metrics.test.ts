import { mkdtempSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { DEFAULT_SETTINGS } from '../../shared/settings'
import type { WritableDb } from '../db/handles'
import { openDatabase } from '../db/open'
import { computeMetrics, median } from './metrics'

let db: WritableDb
let editSeq = 0

function doc(id: number, status: string, decidedAt: string | null): void {
  db.prepare(
    `INSERT INTO documents (id, sha256, file_name, stored_name, mime, size_bytes, status, created_at,
       updated_at, decided_at) VALUES (?, ?, ?, ?, 'application/pdf', 1, ?, ?, ?, ?)`,
  ).run(id, `sha${id}`, `${id}.pdf`, `${id}.pdf`, status, '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z', decidedAt)
}

function field(documentId: number, key: string, confidence: number | null, status: string): void {
  db.prepare(
    `INSERT INTO fields (document_id, key, value, raw, confidence, source, status, extracted_value,
       extracted_confidence) VALUES (?, ?, 'v', 'v', 1, 'text-layer', ?, ?, ?)`,
  ).run(documentId, key, status, confidence === null ? null : 'v', confidence)
}

/** Edit rows at scripted times; the hash chain is not what these tests are about. */
function edit(documentId: number, action: string, user: string, at: string, fieldKey: string | null = null): void {
  editSeq++
  db.prepare(
    `INSERT INTO edits (document_id, action, field_key, user, at, app_version, prev_hash, hash)
     VALUES (?, ?, ?, ?, ?, 'test', ?, ?)`,
  ).run(documentId, action, fieldKey, user, at, `p${editSeq}`, `h${editSeq}`)
}

beforeAll(() => {
  db = openDatabase(path.join(mkdtempSync(path.join(os.tmpdir(), 'recto-metrics-')), 'recto.db'))
  doc(1, 'auto_approved', '2025-03-03T08:00:00.000Z')
  doc(2, 'validated', '2025-03-04T10:02:00.000Z') // Tuesday: 2025-W10
  doc(3, 'validated', '2025-03-12T11:00:30.000Z') // Wednesday: 2025-W11
  doc(4, 'rejected', '2025-03-12T12:00:00.000Z')
  doc(5, 'to_review', null)
  doc(6, 'validated', '2024-12-30T12:00:00.000Z') // a Monday in ISO week 2025-W01
  // threshold 0.8: total_amount (0.5) and the manual receiver_name count as flagged
  field(2, 'invoice_id', 0.9, 'extracted')
  field(2, 'total_amount', 0.5, 'corrected')
  field(2, 'supplier_name', 0.95, 'accepted')
  field(2, 'receiver_name', null, 'corrected')
  field(3, 'invoice_id', 0.9, 'extracted')
  field(3, 'total_amount', 0.9, 'accepted')
  edit(2, 'correct', 'anna', '2025-03-04T10:00:00.000Z', 'total_amount')
  edit(2, 'correct', 'anna', '2025-03-04T10:01:00.000Z', 'receiver_name')
  edit(2, 'confirm', 'anna', '2025-03-04T10:02:00.000Z')
  edit(3, 'confirm', 'anna', '2025-03-12T09:00:00.000Z')
  edit(3, 'reopen', 'sam', '2025-03-12T09:30:00.000Z')
  edit(3, 'accept', 'ben', '2025-03-12T11:00:00.000Z', 'total_amount')
  edit(3, 'confirm', 'ben', '2025-03-12T11:00:30.000Z')
  edit(4, 'correct', 'ben', '2025-03-12T11:59:00.000Z', 'total_amount')
})

describe('computeMetrics on a scripted history', () => {
  it('counts straight-through documents among the decided ones', () => {
    const m = computeMetrics(db, DEFAULT_SETTINGS)
    expect(m).toMatchObject({ decided: 5, autoApproved: 1, straightThroughRate: 0.2, confirmedDocuments: 3 })
  })

  it('counts corrections per field over validated documents only', () => {
    expect(computeMetrics(db, DEFAULT_SETTINGS).corrections).toEqual([
      { fieldKey: 'receiver_name', corrections: 1, documents: 1 },
      { fieldKey: 'total_amount', corrections: 1, documents: 1 },
    ])
  })

  it('gives accuracy and review load per ISO week of decision', () => {
    expect(computeMetrics(db, DEFAULT_SETTINGS).weeks).toEqual([
      { week: '2025-W01', documents: 1, fields: 0, accuracy: null, reviewLoad: null },
      { week: '2025-W10', documents: 1, fields: 4, accuracy: 0.5, reviewLoad: 0.5 },
      { week: '2025-W11', documents: 1, fields: 2, accuracy: 1, reviewLoad: 0 },
    ])
    const lax = computeMetrics(db, { ...DEFAULT_SETTINGS, reviewThreshold: 0.4 })
    expect(lax.weeks[1]?.reviewLoad).toBe(0.25)
  })

  it('times each review round from its first edit to its confirmation, per user', () => {
    const m = computeMetrics(db, DEFAULT_SETTINGS)
    // rounds: anna 120 s (doc 2), anna 0 s (doc 3 before the reopen), ben 30 s (after it)
    expect(m.medianSecondsPerDocument).toBe(30)
    expect(m.users).toEqual([
      { user: 'anna', confirms: 2, corrections: 2, medianSeconds: 60 },
      { user: 'ben', confirms: 1, corrections: 1, medianSeconds: 30 },
    ])
  })

  it('limits everything to a date range', () => {
    const m = computeMetrics(db, DEFAULT_SETTINGS, { from: '2025-03-10', to: '2025-03-12' })
    expect(m).toMatchObject({ decided: 2, autoApproved: 0, confirmedDocuments: 1 })
    expect(m.weeks.map((w) => w.week)).toEqual(['2025-W11'])
    expect(m.users.map((u) => [u.user, u.confirms])).toEqual([['anna', 1], ['ben', 1]])
    expect(computeMetrics(db, DEFAULT_SETTINGS, { to: '2024-12-01' }).straightThroughRate).toBeNull()
  })
})

describe('median', () => {
  it('takes the middle value, or the mean of the two middle ones', () => {
    expect(median([])).toBeNull()
    expect(median([3, 1, 2])).toBe(2)
    expect(median([4, 1, 3, 2])).toBe(2.5)
  })
})

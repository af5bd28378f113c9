import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { DocumentDetail } from '../../shared/documents'
import type { HeaderFieldKey } from '../../shared/fields'
import { HEADER_FIELD_KEYS } from '../../shared/fields'
import { matchValue } from '../eval/match'
import type { TruthEntry } from '../eval'
import { listModelVersions, memoryStats } from '../learning'
import { supplierKeys } from '../learning/supplier'
import { createRecto } from '../services/createRecto'
import { readManifest } from './runEval'

export interface ReplayDocument {
  index: number
  path: string
  /** True when a document of the same supplier (by tax id, IBAN or name) was confirmed before. */
  seenSupplier: boolean
  scored: number
  right: number
  /** Scored fields a clerk had to look at (flagged or missing) before correcting. */
  flagged: number
  corrected: number
  learned: number
  /** The fields that were wrong before correction, for looking into misses. */
  wrong: { key: HeaderFieldKey; got: string | null; want: string; source: string | null }[]
  accuracy: number
  runningMean: number
  error?: string
}

export interface ReplayTally {
  documents: number
  scored: number
  right: number
  accuracy: number
  /** Share of scored fields flagged for review (or missing) before correction. */
  reviewLoad: number
  correctionsPerDocument: number
}

export interface ReplayReport {
  overall: ReplayTally
  firstSeen: ReplayTally
  seen: ReplayTally
  documents: ReplayDocument[]
  memory: { suppliers: number; entries: number; hits: number; misses: number }
  models: { version: string; trainingSize: number; metrics: Record<string, number> }[]
}

/**
 * Simulates a clerk working through a truth manifest in order, on a fresh temporary database:
 * each document is imported, scored as the app shows it, corrected to the truth through the same
 * handlers the UI calls ('correct' for wrong fields, 'accept' for right ones), then confirmed,
 * which is what teaches Recto. Fields absent from the truth are left as extracted.
 */
export async function runReplay(
  manifest: string,
  onDocument?: (doc: ReplayDocument, total: number) => void,
): Promise<ReplayReport> {
  const truths = readManifest(manifest)
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'recto-replay-'))
  const recto = createRecto({ dataDir })
  const documents: ReplayDocument[] = []
  const seenKeys = new Set<string>()
  try {
    for (const [index, truth] of truths.entries()) {
      const keys = supplierKeys(truth.fields)
      const seenSupplier = keys.some((k) => seenKeys.has(k))
      const doc = await replayOne(recto, path.join(path.dirname(manifest), truth.path), truth)
      const accuracy = doc.scored === 0 ? 0 : doc.right / doc.scored
      const scoredSoFar = [...documents, { accuracy, scored: doc.scored }].filter((d) => d.scored > 0)
      const runningMean = scoredSoFar.reduce((s, d) => s + d.accuracy, 0) / Math.max(1, scoredSoFar.length)
      const row: ReplayDocument = { index: index + 1, path: truth.path, seenSupplier, ...doc, accuracy, runningMean }
      documents.push(row)
      onDocument?.(row, truths.length)
      if (!doc.error) for (const k of keys) seenKeys.add(k)
    }
    return {
      overall: tally(documents),
      firstSeen: tally(documents.filter((d) => !d.seenSupplier)),
      seen: tally(documents.filter((d) => d.seenSupplier)),
      documents,
      memory: memoryStats(recto.ctx.db),
      models: listModelVersions(recto.ctx.db).map((m) => ({ version: m.version, trainingSize: m.trainingSize, metrics: m.metrics })),
    }
  } finally {
    await recto.close()
    rmSync(dataDir, { recursive: true, force: true })
  }
}

type Recto = ReturnType<typeof createRecto>

async function replayOne(
  recto: Recto,
  file: string,
  truth: TruthEntry,
): Promise<Omit<ReplayDocument, 'index' | 'path' | 'seenSupplier' | 'accuracy' | 'runningMean'>> {
  const empty = { scored: 0, right: 0, flagged: 0, corrected: 0, learned: 0, wrong: [] }
  const imported = await recto.handlers.importPaths({ paths: [file] })
  await recto.queue.idle()
  const documentId = imported.added[0]?.id ?? imported.duplicates[0]?.id
  if (documentId === undefined) return { ...empty, error: imported.failed[0]?.error ?? 'not imported' }
  const detail: DocumentDetail = recto.handlers.getDocument({ documentId })
  if (detail.document.status === 'failed') return { ...empty, error: detail.document.error ?? 'failed' }
  const out: typeof empty & { wrong: ReplayDocument['wrong'] } = { ...empty, wrong: [] }
  for (const key of HEADER_FIELD_KEYS) {
    const want = truth.fields[key as HeaderFieldKey]
    if (want === undefined) continue
    const got = detail.fields.find((f) => f.line === 0 && f.key === key)
    const right = got !== undefined && matchValue(key, got.value, want)
    out.scored++
    if (right) out.right++
    if (!got || got.needsReview) out.flagged++
    if (got?.source === 'learned') out.learned++
    if (right && got.status === 'extracted') {
      recto.handlers.updateField({ documentId, key, line: 0, action: 'accept' })
    } else if (!right) {
      out.wrong.push({ key, got: got?.value ?? null, want, source: got?.source ?? null })
      recto.handlers.updateField({ documentId, key, line: 0, action: 'correct', value: want, raw: want })
      out.corrected++
    }
  }
  recto.handlers.confirmDocument({ documentId })
  return out
}

function tally(docs: readonly ReplayDocument[]): ReplayTally {
  const ok = docs.filter((d) => !d.error)
  const scored = ok.reduce((s, d) => s + d.scored, 0)
  const right = ok.reduce((s, d) => s + d.right, 0)
  const flagged = ok.reduce((s, d) => s + d.flagged, 0)
  const corrected = ok.reduce((s, d) => s + d.corrected, 0)
  return {
    documents: docs.length,
    scored,
    right,
    accuracy: scored === 0 ? 0 : right / scored,
    reviewLoad: scored === 0 ? 0 : flagged / scored,
    correctionsPerDocument: ok.length === 0 ? 0 : corrected / ok.length,
  }
}

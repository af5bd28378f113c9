import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createRecto } from '../../src/main/services/createRecto'
import type { Recto } from '../../src/main/services/createRecto'
import { noise } from './hostileInput'

const root = path.resolve(import.meta.dirname, '../..')
const samplesDir = path.join(root, 'resources/samples')
let recto: Recto

beforeAll(async () => {
  recto = createRecto({ dataDir: mkdtempSync(path.join(os.tmpdir(), 'recto-services-')), seedPaths: [samplesDir] })
  await recto.queue.idle()
})
afterAll(() => recto.close())

describe('the services behind the IPC contract, on the bundled samples', () => {
  it('loads the samples into an empty database and processes every one', () => {
    const docs = recto.handlers.listDocuments({})
    expect(docs.length).toBeGreaterThanOrEqual(8)
    for (const doc of docs) {
      expect(doc.error).toBeNull()
      expect(doc.status).toBe('to_review')
      expect(doc.pageCount).toBeGreaterThan(0)
    }
  })

  it('reads scans by OCR and text PDFs by their text layer', () => {
    const docs = recto.handlers.listDocuments({})
    const sources = docs.map((d) => ({ name: d.fileName, pages: recto.handlers.getDocument({ documentId: d.id }).pages }))
    const scan = sources.find((s) => s.name.endsWith('.jpg'))
    const text = sources.find((s) => s.name.startsWith('01-'))
    expect(scan?.pages.every((p) => p.source === 'ocr')).toBe(true)
    expect(text?.pages.every((p) => p.source === 'text-layer')).toBe(true)
    const words = recto.handlers.getPageWords({ documentId: docs[0]!.id, page: 1 })
    expect(words.length).toBeGreaterThan(20)
  })

  it('keeps one document per file content and says so', async () => {
    const again = await recto.handlers.importPaths({ paths: [path.join(samplesDir, '01-kranichsteg-feinmechanik.pdf')] })
    expect(again.added).toEqual([])
    expect(again.duplicates).toHaveLength(1)
  })

  it('shows bad files in the queue with their error instead of losing them', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'recto-bad-'))
    mkdirSync(path.join(dir, 'nested'))
    writeFileSync(path.join(dir, 'empty.pdf'), '')
    writeFileSync(path.join(dir, 'nested', 'noise.pdf'), noise(2048))
    const result = await recto.handlers.importPaths({ paths: [dir, path.join(dir, 'missing.pdf')] })
    expect(result.added).toHaveLength(2)
    expect(result.failed).toEqual([{ path: path.join(dir, 'missing.pdf'), error: expect.stringMatching(/does not exist/) }])
    await recto.queue.idle()
    const failed = recto.handlers.listDocuments({ status: ['failed'] })
    expect(failed.map((d) => [d.fileName, d.error])).toEqual(
      expect.arrayContaining([
        ['empty.pdf', expect.stringMatching(/empty/)],
        ['noise.pdf', expect.stringMatching(/not a PDF/)],
      ]),
    )
  })

  it('writes an edit row for every correction, acceptance and confirmation', () => {
    const [doc] = recto.handlers.listDocuments({ status: ['to_review'] })
    const id = doc!.id
    const before = recto.handlers.getDocument({ documentId: id })
    const total = before.fields.find((f) => f.key === 'total_amount')
    const corrected = recto.handlers.updateField({
      documentId: id, key: 'total_amount', line: 0, action: 'correct', value: '1.234,50 €', raw: '1.234,50 €',
      page: 1, bbox: [10, 20, 30, 40],
    })
    const after = corrected.fields.find((f) => f.key === 'total_amount')
    expect(after).toMatchObject({ value: '1234.50', status: 'corrected', source: 'manual', confidence: 1, bbox: [10, 20, 30, 40] })
    const someField = corrected.fields.find((f) => f.status === 'extracted')!
    recto.handlers.updateField({ documentId: id, key: someField.key, line: 0, action: 'accept' })
    const { nextDocumentId } = recto.handlers.confirmDocument({ documentId: id })
    expect(nextDocumentId).not.toBe(id)
    const edits = recto.handlers.listEdits({ documentId: id })
    expect(edits.map((e) => e.action)).toEqual(['correct', 'accept', 'confirm'])
    expect(edits[0]).toMatchObject({
      fieldKey: 'total_amount', oldValue: total?.value ?? null, newValue: '1234.50',
      oldConfidence: total?.confidence ?? null, user: 'clerk', bbox: [10, 20, 30, 40],
    })
    expect(recto.handlers.getDocument({ documentId: id }).document.status).toBe('validated')
    expect(() => recto.handlers.updateField({ documentId: id, key: 'total_amount', line: 0, action: 'correct', value: '1' }))
      .toThrow(/reopen it to edit/)
  })

  it('re-flags open documents when the threshold changes', () => {
    recto.handlers.updateSettings({ reviewThreshold: 1 })
    const strict = recto.handlers.listDocuments({ status: ['to_review'] }).reduce((n, d) => n + d.flaggedCount, 0)
    recto.handlers.updateSettings({ reviewThreshold: 0 })
    const lax = recto.handlers.listDocuments({ status: ['to_review'] }).reduce((n, d) => n + d.flaggedCount, 0)
    expect(strict).toBeGreaterThan(lax)
    recto.handlers.updateSettings({ reviewThreshold: 0.8 })
  })
})

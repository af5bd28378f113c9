import { createHash } from 'node:crypto'
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { csvCell } from './formats/csv'
import { toLabelStudioTasks } from './formats/labelstudio'
import { scale1000, toLayoutlmRows } from './formats/layoutlm'
import { BIO_LABELS } from './labels'
import { createPersonalDataFilter } from './personal'
import { parseSplit, splitOf } from './split'
import type { ExportDocument, ExportField, PageImage } from './types'
import { openExportFolder } from './writer'

const field = (key: string, line: number, raw: string, bbox: ExportField['bbox']): ExportField => ({
  key, line, value: raw, raw, page: 1, bbox, source: 'text-layer', status: 'accepted', confidence: 1,
  extractedValue: raw, extractedConfidence: 0.9, modelVersion: 'm1',
})
const word = (text: string, bbox: [number, number, number, number]) => ({ text, bbox, confidence: 1, source: 'text-layer' as const })

function doc(overrides: Partial<ExportDocument> = {}): ExportDocument {
  return {
    id: 1, key: 'abcd', sha256: 'ab'.repeat(32), fileName: 'Invoice for Jane Doe.pdf', mime: 'application/pdf',
    storedName: 'x.pdf', status: 'validated', createdAt: '2025-01-01T00:00:00.000Z', modelVersion: 'm1', split: 'train',
    pages: [{
      page: 1, width: 200, height: 100, rotation: 0, source: 'text-layer',
      words: [
        word('Invoice', [10, 10, 40, 20]), word('No:', [42, 10, 55, 20]), word('A-1', [60, 10, 80, 20]),
        word('Jane', [10, 40, 30, 50]), word('Doe', [32, 40, 50, 50]), word('Main', [10, 52, 30, 62]), word('St', [32, 52, 40, 62]),
        word('Total', [100, 80, 130, 90]), word('1', [140, 80, 150, 90]), word('234,50', [152, 80, 180, 90]),
      ],
    }],
    fields: [
      field('invoice_id', 0, 'A-1', [40, 9, 81, 21]),
      field('receiver_name', 0, 'Jane Doe', [9, 39, 51, 51]),
      field('total_amount', 0, '1 234,50', [139, 79, 181, 91]),
    ],
    edits: [],
    redactions: [],
    ...overrides,
  }
}
const images = new Map<number, PageImage>([[1, { page: 1, path: 'images/abcd-p1.png', width: 400, height: 200 }]])

describe('split', () => {
  it('parses ratios and assigns by hash, stably', () => {
    expect(parseSplit('80,10,10')).toEqual({ train: 0.8, validation: 0.1, test: 0.1 })
    expect(parseSplit('9,1')).toEqual({ train: 0.9, validation: 0.1, test: 0 })
    expect(() => parseSplit('80,-1')).toThrow(/--split/)
    const ratios = parseSplit('80,10,10')
    expect(splitOf('0'.repeat(64), ratios)).toBe('train')
    expect(splitOf('e' + '0'.repeat(63), ratios)).toBe('validation')
    expect(splitOf('f'.repeat(64), ratios)).toBe('test')
    const counts = { train: 0, validation: 0, test: 0 }
    for (let i = 0; i < 2000; i++) counts[splitOf(createHash('sha256').update(String(i)).digest('hex'), ratios)]++
    expect(counts.train).toBeGreaterThan(1500)
    expect(counts.test).toBeGreaterThan(120)
  })
})

describe('layoutlm rows', () => {
  it('tags words inside a field box whose text is part of the raw, in BIO', () => {
    const [row] = toLayoutlmRows(doc(), images)
    const tags = row!.ner_tags.map((t) => BIO_LABELS[t])
    expect(Object.fromEntries(row!.words.map((w, i) => [w, tags[i]]))).toMatchObject({
      Invoice: 'O', 'No:': 'O', 'A-1': 'B-INVOICE_ID', Jane: 'B-RECEIVER_NAME', Doe: 'I-RECEIVER_NAME',
      Main: 'O', Total: 'O', '1': 'B-TOTAL_AMOUNT', '234,50': 'I-TOTAL_AMOUNT',
    })
    expect(row!.bboxes[0]).toEqual([50, 100, 200, 200])
    expect(scale1000([-5, 0, 300, 120], 200, 100)).toEqual([0, 0, 1000, 1000])
  })

  it('starts a new span when a field is interrupted', () => {
    const d = doc()
    d.pages[0]!.words.splice(4, 0, word('(Dr.)', [30, 40, 32, 50]))
    const tags = toLayoutlmRows(d, images)[0]!.ner_tags.map((t) => BIO_LABELS[t])
    expect(tags.slice(3, 6)).toEqual(['B-RECEIVER_NAME', 'O', 'B-RECEIVER_NAME'])
  })
})

describe('label studio tasks', () => {
  it('gives boxes in percent of the image, predictions before review and annotations after', () => {
    const d = doc()
    d.fields[0] = { ...d.fields[0]!, value: 'A-2', status: 'corrected', extractedValue: 'A-1', extractedConfidence: 0.4 }
    const [task] = toLabelStudioTasks(d, images, '/data/local-files/?d=')
    expect(task!.data.image).toBe('/data/local-files/?d=images/abcd-p1.png')
    const predicted = task!.predictions[0]!.result.find((r) => r.id === 'invoice_id' && r.type === 'textarea')!
    const annotated = task!.annotations[0]!.result.find((r) => r.id === 'invoice_id' && r.type === 'textarea')!
    expect(predicted.value).toMatchObject({ x: 20, y: 9, width: 20.5, height: 12, text: ['A-1'] })
    expect(predicted.score).toBe(0.4)
    expect((annotated.value as { text: string[] }).text).toEqual(['A-2'])
    expect(annotated.original_width).toBe(400)
  })
})

describe('csv cells', () => {
  it('quotes what RFC 4180 needs quoted', () => {
    expect(csvCell('plain')).toBe('plain')
    expect(csvCell('a, b')).toBe('"a, b"')
    expect(csvCell('say "hi"')).toBe('"say ""hi"""')
    expect(csvCell('two\nlines')).toBe('"two\nlines"')
    expect(csvCell(' padded')).toBe('" padded"')
  })
})

describe('dropping personal data', () => {
  it('removes the receiver, its address lines, file names, reviewer names and comments', () => {
    const scrub = createPersonalDataFilter()
    const edit = { id: 1, documentId: 1, page: null, oldConfidence: null, oldSource: null, bbox: null, at: 't', appVersion: 'v', modelVersion: null, line: 0, hash: 'h' }
    const out = scrub(doc({
      edits: [
        { ...edit, action: 'correct', fieldKey: 'receiver_name', oldValue: 'J', newValue: 'Jane Doe', user: 'Anna Keller' },
        { ...edit, action: 'comment', fieldKey: null, oldValue: null, newValue: 'called Jane', user: 'Bob' },
      ],
    }))
    expect(out.fields.map((f) => f.key)).toEqual(['invoice_id', 'total_amount'])
    expect(out.pages[0]!.words.map((w) => w.text)).toEqual(['Invoice', 'No:', 'A-1', 'Total', '1', '234,50'])
    expect(out.fileName).toBe('abcd.pdf')
    expect(out.edits.map((e) => [e.user, e.newValue, e.hash])).toEqual([['reviewer-1', null, ''], ['reviewer-2', null, '']])
    expect(out.redactions.length).toBeGreaterThanOrEqual(4)
  })
})

describe('the export folder', () => {
  const tmp = () => mkdtempSync(path.join(os.tmpdir(), 'recto-writer-'))

  it('hashes what it writes and refuses paths that leave the folder', () => {
    const folder = openExportFolder(path.join(tmp(), 'out'))
    const file = folder.writeFile('a/b.txt', 'hello')
    expect(file).toEqual({ path: 'a/b.txt', bytes: 5, sha256: '2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824' })
    for (const bad of ['../x', '/etc/passwd', 'a/../../x', 'a\\..\\x', 'C:x', '', 'a//b', '.hidden/../x']) {
      expect(() => folder.writeFile(bad, 'x'), bad).toThrow(/Refusing/)
    }
    const lines = folder.lines('l.jsonl')
    lines.write('{}')
    lines.close()
    expect(folder.files().map((f) => f.path)).toEqual(['a/b.txt', 'l.jsonl'])
  })

  it('refuses a symlinked subfolder that leads outside', () => {
    const dir = tmp()
    const outside = tmp()
    mkdirSync(path.join(dir, 'out'))
    symlinkSync(outside, path.join(dir, 'out', 'images'))
    const folder = openExportFolder(path.join(dir, 'out'), { force: true })
    expect(() => folder.writeFile('images/x.png', 'x')).toThrow(/outside/)
  })

  it('never writes into a non-empty folder without force, and cleans up after itself', () => {
    const dir = tmp()
    writeFileSync(path.join(dir, 'keep.txt'), 'mine')
    expect(() => openExportFolder(dir)).toThrow(/not empty/)
    const folder = openExportFolder(dir, { force: true })
    folder.writeFile('new/x.txt', 'x')
    folder.lines('open.jsonl').write('partial')
    folder.discard()
    expect(readFileSync(path.join(dir, 'keep.txt'), 'utf8')).toBe('mine')
    expect(() => readFileSync(path.join(dir, 'new/x.txt'))).toThrow()
    expect(() => readFileSync(path.join(dir, 'open.jsonl'))).toThrow()
  })
})

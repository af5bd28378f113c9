import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { deflateSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { checkDatabase } from '../../src/main/db/maintenance'
import { createRecto } from '../../src/main/services/createRecto'
import type { Recto } from '../../src/main/services/createRecto'
import { noise, pdfWithPages, pngHeaderOnly } from './hostileInput'

const root = path.resolve(import.meta.dirname, '../..')
const sample = readFileSync(path.join(root, 'resources/samples/01-kranichsteg-feinmechanik.pdf'))
let recto: Recto
let corpusDir: string

/** A one-page PDF whose content stream inflates to `megabytes` of spaces. */
function pdfWithStreamBomb(megabytes: number): Buffer {
  const body = deflateSync(Buffer.alloc(megabytes * 1_048_576, 0x20), { level: 9 })
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>',
  ]
  const parts: Buffer[] = [Buffer.from('%PDF-1.7\n')]
  const offsets: number[] = []
  let length = parts[0]!.length
  const push = (b: Buffer) => {
    parts.push(b)
    length += b.length
  }
  objects.forEach((o, i) => {
    offsets.push(length)
    push(Buffer.from(`${i + 1} 0 obj\n${o}\nendobj\n`))
  })
  offsets.push(length)
  push(Buffer.concat([Buffer.from(`4 0 obj\n<< /Length ${body.length} /Filter /FlateDecode >>\nstream\n`), body, Buffer.from('\nendstream\nendobj\n')]))
  const xref = length
  push(Buffer.from(`xref\n0 5\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}trailer\n<< /Size 5 /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`))
  return Buffer.concat(parts)
}

function deeplyNestedPdf(depth: number): Buffer {
  const nested = '['.repeat(depth) + ']'.repeat(depth)
  return Buffer.from(`%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R /Deep ${nested} >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n`)
}

function brokenXref(pdf: Buffer): Buffer {
  const text = pdf.toString('latin1')
  return Buffer.from(text.replace(/startxref\s+\d+/, 'startxref\n999999999').replace(/\d{10} 00000 n/g, '0000000001 00000 n'), 'latin1')
}

beforeAll(async () => {
  corpusDir = mkdtempSync(path.join(os.tmpdir(), 'recto-hostile-'))
  const corpus: Record<string, Uint8Array> = {
    'zero.pdf': new Uint8Array(),
    'random.pdf': noise(50_000, 3),
    'random.png': noise(10_000, 4),
    'truncated-half.pdf': sample.subarray(0, sample.length >> 1),
    'truncated-header.pdf': sample.subarray(0, 40),
    'broken-xref.pdf': brokenXref(sample),
    'deeply-nested.pdf': deeplyNestedPdf(200_000),
    'pages-3000.pdf': await pdfWithPages(3000),
    'image-bomb.png': pngHeaderOnly(30_000, 30_000),
    'stream-bomb.pdf': pdfWithStreamBomb(300),
    'text-as-pdf.pdf': new TextEncoder().encode('just some text, not a PDF at all\n'.repeat(50)),
  }
  for (const [name, bytes] of Object.entries(corpus)) writeFileSync(path.join(corpusDir, name), bytes)
  recto = createRecto({ dataDir: mkdtempSync(path.join(os.tmpdir(), 'recto-hostile-db-')) })
  await recto.handlers.importPaths({ paths: [corpusDir] })
  await recto.queue.idle()
}, 300_000)
afterAll(() => recto.close())

describe('a corpus of hostile files', () => {
  it('ends each file as a clear error or a processed document, never a crash', () => {
    const docs = recto.handlers.listDocuments({})
    expect(docs).toHaveLength(11)
    const byName = Object.fromEntries(docs.map((d) => [d.fileName, d]))
    const failedWith = (name: string, pattern: RegExp) => {
      expect(byName[name]?.status, name).toBe('failed')
      expect(byName[name]?.error, name).toMatch(pattern)
    }
    failedWith('zero.pdf', /empty/)
    failedWith('random.pdf', /not a PDF, an image/)
    failedWith('random.png', /not a PDF, an image/)
    failedWith('text-as-pdf.pdf', /not a PDF, an image/)
    failedWith('truncated-header.pdf', /damaged|cannot be read/)
    failedWith('pages-3000.pdf', /3000 pages, over the limit of 500 pages/)
    failedWith('image-bomb.png', /over the limit of 150 megapixels/)
    // pdf.js repairs some damage; then the document is simply processed. Either way it is accounted for.
    for (const name of ['truncated-half.pdf', 'broken-xref.pdf', 'deeply-nested.pdf', 'stream-bomb.pdf']) {
      const doc = byName[name]
      expect(['failed', 'to_review'], name).toContain(doc?.status)
      if (doc?.status === 'failed') expect(doc.error, name).toMatch(/PDF/)
    }
  })

  it('leaves the database intact and the app working', async () => {
    expect(checkDatabase(recto.ctx.db)).toMatchObject({ ok: true })
    const result = await recto.handlers.importPaths({ paths: [path.join(root, 'resources/samples/01-kranichsteg-feinmechanik.pdf')] })
    await recto.queue.idle()
    const doc = recto.handlers.getDocument({ documentId: result.added[0]!.id })
    expect(doc.document.status).toBe('to_review')
    expect(doc.fields.length).toBeGreaterThan(3)
  })
})

import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createRecto } from '../../src/main/services/createRecto'
import type { Recto } from '../../src/main/services/createRecto'

/**
 * An encrypted scanned PDF: the clerk enters its password once, and from then on, for the session,
 * region OCR and the page view open it without asking, while the password never reaches the
 * database or the disk.
 */
const root = path.resolve(import.meta.dirname, '../..')
const fixture = path.join(root, 'tests/fixtures/hostile/encrypted-scan.pdf')
const PASSWORD = 'parcel-7'
/** Sample 07's invoice number, from resources/samples/truth.jsonl. */
const ID_07 = 'TL25007737'

let recto: Recto
let dataDir: string
let documentId: number

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'recto-encrypted-'))
  recto = createRecto({ dataDir })
  const { added } = await recto.handlers.importPaths({ paths: [fixture] })
  documentId = added[0]!.id
  await recto.queue.idle()
})
afterAll(() => recto.close())

/** Every file under a folder, recursively. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name)
    return statSync(full).isDirectory() ? filesUnder(full) : [full]
  })
}

describe('an encrypted scanned PDF', () => {
  it('fails with a request for its password, and keeps no password it was not given', () => {
    const [doc] = recto.handlers.listDocuments({})
    expect(doc).toMatchObject({ status: 'failed', error: expect.stringMatching(/encrypted/) })
    expect(recto.handlers.getDocumentFile({ documentId }).password).toBeUndefined()
  })

  it('opens with its password; region OCR then reads the page in the same session', async () => {
    recto.handlers.retryDocument({ documentId, password: PASSWORD })
    await recto.queue.idle()
    expect(recto.handlers.listDocuments({})[0]).toMatchObject({ status: 'to_review', error: null })
    const pageWords = recto.handlers.getPageWords({ documentId, page: 1 })
    const found = pageWords.find((w) => w.text.includes(ID_07))
    expect(found).toBeDefined()
    const [x0, y0, x1, y1] = found!.bbox
    const bbox: [number, number, number, number] = [x0 - 15, y0 - 8, x1 + 15, y1 + 8]
    const words = await recto.handlers.ocrRegion({ documentId, page: 1, bbox })
    expect(words.map((w) => w.text).join(' ')).toContain(ID_07)
  })

  it('hands the page view the password with the file, for pdf.js in the renderer', () => {
    const file = recto.handlers.getDocumentFile({ documentId })
    expect(file.mime).toBe('application/pdf')
    expect(file.password).toBe(PASSWORD)
  })

  it('never writes the password to the database, its journal or any other file', async () => {
    await recto.close()
    for (const file of filesUnder(dataDir)) {
      expect(readFileSync(file).includes(Buffer.from(PASSWORD, 'utf8')), file).toBe(false)
    }
    recto = createRecto({ dataDir })
  })

  it('is forgotten when Recto restarts: region OCR asks for it again', async () => {
    expect(recto.handlers.getDocumentFile({ documentId }).password).toBeUndefined()
    const region = recto.handlers.ocrRegion({ documentId, page: 1, bbox: [50, 50, 300, 120] })
    await expect(region).rejects.toMatchObject({ code: 'encrypted_pdf' })
  })

  it('after a restart, unlocks the processed document with its password, and refuses a wrong one', async () => {
    await expect(recto.handlers.unlockDocument({ documentId, password: 'nope' })).rejects.toMatchObject({
      code: 'wrong_password',
    })
    expect(recto.handlers.getDocumentFile({ documentId }).password).toBeUndefined()
    await recto.handlers.unlockDocument({ documentId, password: PASSWORD })
    expect(recto.handlers.getDocumentFile({ documentId }).password).toBe(PASSWORD)
    const found = recto.handlers.getPageWords({ documentId, page: 1 }).find((w) => w.text.includes(ID_07))
    const [x0, y0, x1, y1] = found!.bbox
    const words = await recto.handlers.ocrRegion({ documentId, page: 1, bbox: [x0 - 15, y0 - 8, x1 + 15, y1 + 8] })
    expect(words.map((w) => w.text).join(' ')).toContain(ID_07)
    // still processed once: unlocking does not reprocess or change the document
    expect(recto.handlers.listDocuments({})[0]).toMatchObject({ status: 'to_review' })
  })
})

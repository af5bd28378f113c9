import { createHash } from 'node:crypto'
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { openExportFolder } from './writer'

const tmp = () => mkdtempSync(path.join(os.tmpdir(), 'recto-writer-soon-'))
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex')

describe('files written in the background', () => {
  it('are listed and hashed at once and on disk once settled, in their own folders', async () => {
    const folder = openExportFolder(path.join(tmp(), 'out'))
    const texts = Array.from({ length: 300 }, (_, i) => `{"page":${i},"text":"Grüße"}\n`)
    texts.forEach((text, i) => folder.writeFileSoon(`${i % 2 ? 'train' : 'test'}/annotations/p${i}.json`, text))
    expect(folder.files()).toHaveLength(300)
    await folder.settled()
    for (const file of folder.files()) {
      const i = Number(/p(\d+)\.json$/.exec(file.path)![1])
      expect(readFileSync(path.join(folder.root, file.path), 'utf8')).toBe(texts[i])
      expect(file).toEqual({ path: file.path, bytes: Buffer.byteLength(texts[i]!), sha256: sha256(texts[i]!) })
    }
    expect(() => folder.writeFileSoon('test/annotations/p0.json', 'again')).toThrow(/twice/)
    expect(() => folder.writeFileSoon('../x.json', 'x')).toThrow(/Refusing/)
  })

  it('report a failed write when settled, and discard leaves the file that was there', async () => {
    const dir = tmp()
    const folder = openExportFolder(dir)
    folder.writeFileSoon('a.json', 'ours')
    await folder.settled()
    writeFileSync(path.join(dir, 'b.json'), 'theirs')
    folder.writeFileSoon('b.json', 'ours')
    await expect(folder.settled()).rejects.toThrow(/EEXIST/)
    folder.discard()
    expect(existsSync(path.join(dir, 'a.json'))).toBe(false)
    expect(readdirSync(dir)).toEqual(['b.json'])
    expect(readFileSync(path.join(dir, 'b.json'), 'utf8')).toBe('theirs')
  })
})

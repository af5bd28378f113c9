import type { PDFDocumentLoadingTask, PDFDocumentProxy } from 'pdfjs-dist'
import { describe, expect, it } from 'vitest'
import { createPageSourceCache } from './pageSourceCache'
import type { PageSourceDeps } from './pageSourceCache'

/** Records what the cache asks of main and of pdf.js, and what it releases. */
function harness(options: { failFile?: Set<number> } = {}) {
  const log: string[] = []
  const deps: PageSourceDeps = {
    capacity: 2,
    api: {
      getDocumentFile: ({ documentId }) => {
        log.push(`file ${documentId}`)
        if (options.failFile?.has(documentId)) return Promise.reject(new Error(`no file ${documentId}`))
        // main hands back the password of an encrypted PDF it holds for the session (here: 7)
        const password = documentId === 7 ? 'held' : undefined
        return Promise.resolve({ mime: 'application/pdf', bytes: new Uint8Array([documentId]), ...(password ? { password } : {}) })
      },
      getPageImage: ({ documentId, page }) => {
        log.push(`image ${documentId}/${page}`)
        return Promise.resolve({ mime: 'image/png', bytes: new Uint8Array([page]) })
      },
    },
    openPdf: (bytes, password) => {
      const id = bytes[0]!
      if (password) log.push(`password ${id}: ${password}`)
      const pdf = { getPage: () => Promise.resolve({}), id } as unknown as PDFDocumentProxy
      const task = { promise: Promise.resolve(pdf), destroy: () => (log.push(`destroy ${id}`), Promise.resolve()) }
      return Promise.resolve(task as unknown as PDFDocumentLoadingTask)
    },
    makeUrl: (blob) => `blob:${blob.size}:${log.length}`,
    revokeUrl: (url) => log.push(`revoke ${url}`),
  }
  return { cache: createPageSourceCache(deps), log }
}

describe('the page source cache', () => {
  it('opens an encrypted PDF with the password main holds for it', async () => {
    const { cache, log } = harness()
    await cache.load(7, 'application/pdf')
    await cache.load(1, 'application/pdf')
    expect(log.filter((l) => l.startsWith('password'))).toEqual(['password 7: held'])
  })

  it('loads a document once, however often it is asked for', async () => {
    const { cache, log } = harness()
    const [a, b] = await Promise.all([cache.load(1, 'application/pdf'), cache.load(1, 'application/pdf')])
    expect(a).toBe(b)
    expect(await cache.load(1, 'application/pdf')).toBe(a)
    expect(log).toEqual(['file 1'])
  })

  it('releases the least recently used document when full', async () => {
    const { cache, log } = harness()
    await cache.load(1, 'application/pdf')
    await cache.load(2, 'application/pdf')
    await cache.load(1, 'application/pdf')
    await cache.load(3, 'application/pdf')
    expect(log).toEqual(['file 1', 'file 2', 'file 3', 'destroy 2'])
    await cache.load(2, 'application/pdf')
    expect(log.at(-2)).toBe('file 2')
  })

  it('fetches image pages on demand, once each, and revokes their URLs on release', async () => {
    const { cache, log } = harness()
    const pages = await cache.load(5, 'image/tiff')
    if (pages.kind !== 'image') throw new Error(`expected images, got ${pages.kind}`)
    const first = await pages.pageUrl(2)
    expect(await pages.pageUrl(2)).toBe(first)
    await pages.pageUrl(3)
    expect(log).toEqual(['image 5/2', 'image 5/3'])
    await cache.load(6, 'application/pdf')
    await cache.load(7, 'application/pdf')
    expect(log.filter((l) => l.startsWith('revoke'))).toHaveLength(2)
  })

  it('forgets a failed load so that the next attempt tries again, and prefetch stays quiet', async () => {
    const failFile = new Set([4])
    const { cache, log } = harness({ failFile })
    cache.prefetch(4, 'application/pdf')
    await expect(cache.load(4, 'application/pdf')).rejects.toThrow('no file 4')
    failFile.clear()
    expect((await cache.load(4, 'application/pdf')).kind).toBe('pdf')
    expect(log).toEqual(['file 4', 'file 4'])
  })

  it('has nothing to draw for structured data', async () => {
    const { cache, log } = harness()
    expect((await cache.load(8, 'application/xml')).kind).toBe('none')
    expect(log).toEqual([])
  })
})

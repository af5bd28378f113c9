import { readFileSync } from 'node:fs'
import path from 'node:path'
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'
import { describe, expect, it } from 'vitest'

const root = path.resolve(import.meta.dirname, '../..')
// The renderer's module belongs to the web TypeScript project: loaded by path, typed here.
const rendererModule = '../../src/renderer/src/features/review/page/pdfErrors'
const { isPasswordError } = (await import(/* @vite-ignore */ rendererModule)) as {
  isPasswordError: (error: unknown) => boolean
}
const openBytes = (data: Uint8Array, password?: string) =>
  getDocument({ data, password, isEvalSupported: false, verbosity: 0 }).promise
const open = (file: string, password?: string) => openBytes(new Uint8Array(readFileSync(path.join(root, file))), password)

/** The page view asks for a password exactly when pdf.js's own error says one is needed. */
describe('isPasswordError', () => {
  it('recognises pdf.js refusing the encrypted fixture without its password, or with a wrong one', async () => {
    const missing = await open('tests/fixtures/hostile/encrypted-scan.pdf').catch((e: unknown) => e)
    const wrong = await open('tests/fixtures/hostile/encrypted-scan.pdf', 'nope').catch((e: unknown) => e)
    expect(isPasswordError(missing)).toBe(true)
    expect(isPasswordError(wrong)).toBe(true)
  })

  it('does not take a broken file for a locked one', async () => {
    const broken = await openBytes(new TextEncoder().encode('%PDF-1.7 but nothing else')).catch((e: unknown) => e)
    expect(broken).toBeInstanceOf(Error)
    expect(isPasswordError(broken)).toBe(false)
  })
})

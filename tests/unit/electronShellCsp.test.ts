import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

/**
 * The renderer's Content-Security-Policy, read from src/renderer/index.html (the build copies the
 * meta unchanged; file:// pages get no CSP header, so the meta is the whole policy).
 */
const html = readFileSync(path.resolve(import.meta.dirname, '../../src/renderer/index.html'), 'utf8')

function cspMetas(source: string): string[] {
  const metas = source.match(/<meta\b[^>]*>/gi) ?? []
  return metas
    .filter((meta) => /http-equiv\s*=\s*"Content-Security-Policy"/i.test(meta))
    .map((meta) => /\bcontent\s*=\s*"([^"]*)"/i.exec(meta)?.[1] ?? '')
}

function parseCsp(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>()
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/)
    if (!name) continue
    // Per CSP, a repeated directive is ignored; a policy relying on one is a mistake.
    expect(directives.has(name.toLowerCase()), `directive ${name} repeated`).toBe(false)
    directives.set(name.toLowerCase(), sources)
  }
  return directives
}

const [policy = ''] = cspMetas(html)
const csp = parseCsp(policy)
/** The sources a fetch directive falls back to, as a browser resolves them. */
const effective = (directive: string) => csp.get(directive) ?? csp.get('default-src') ?? []

describe("the renderer's CSP", () => {
  it('is one meta, before anything that loads', () => {
    expect(cspMetas(html)).toHaveLength(1)
    // A meta CSP governs only what comes after it.
    const firstLoad = html.search(/<(script|link|style)\b/i)
    expect(html.search(/http-equiv\s*=\s*"Content-Security-Policy"/i)).toBeLessThan(firstLoad)
  })

  it("defaults to the app's own files, and plugins, <base> and form posts to nothing", () => {
    expect(csp.get('default-src')).toEqual(["'self'"])
    expect(csp.get('object-src')).toEqual(["'none'"])
    expect(csp.get('base-uri')).toEqual(["'none'"])
    expect(csp.get('form-action')).toEqual(["'none'"])
    expect(effective('frame-src')).toEqual(["'none'"])
  })

  it('runs only scripts from the app: no eval, no inline script, no wasm eval', () => {
    expect(effective('script-src')).toEqual(["'self'"])
    expect(policy).not.toMatch(/'unsafe-eval'|'wasm-unsafe-eval'|'unsafe-inline'|'unsafe-hashes'|'strict-dynamic'|'nonce-|'sha(256|384|512)-/)
  })

  it('names no remote origin and no wildcard anywhere; fetches stay on the app itself', () => {
    const allowed = new Set(["'self'", "'none'", 'data:', 'blob:'])
    for (const [directive, sources] of csp) {
      for (const source of sources) expect(allowed.has(source), `${directive} ${source}`).toBe(true)
    }
    expect(effective('connect-src')).toEqual(["'self'"])
    // data: and blob: are memory, never a network: pdf.js paints pages and fonts through them.
    expect(effective('img-src')).toEqual(["'self'", 'data:', 'blob:'])
  })

  it('has nothing inline for it to allow: no inline script, handler or style attribute', () => {
    for (const script of html.match(/<script\b[^>]*>[\s\S]*?<\/script>/gi) ?? []) {
      expect(script).toMatch(/<script\b[^>]*\bsrc="[^"]+"[^>]*>\s*<\/script>/i)
    }
    expect(html).not.toMatch(/\son[a-z]+\s*=/i)
    expect(html).not.toMatch(/\sstyle\s*=/i)
  })
})

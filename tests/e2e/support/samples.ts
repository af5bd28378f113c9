import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { Locator, Page } from '@playwright/test'

const root = path.resolve(import.meta.dirname, '../../..')

/** The bundled samples' truth, to know what a clerk would type or click. */
export function sampleTruth(file: string): Record<string, string> {
  const lines = readFileSync(path.join(root, 'resources/samples/truth.jsonl'), 'utf8').split('\n').filter(Boolean)
  const entry = lines.map((l) => JSON.parse(l) as { path: string; fields: Record<string, string> }).find((e) => e.path === file)
  if (!entry) throw new Error(`no truth for ${file}`)
  return entry.fields
}

/** The page words, in order, whose joined text (spaces dropped) equals `text`. */
export async function wordsSpelling(page: Page, text: string): Promise<Locator[]> {
  const words = page.getByTestId('page-word')
  const texts = await words.allTextContents()
  const target = text.replace(/\s+/g, '')
  for (let start = 0; start < texts.length; start++) {
    let joined = ''
    for (let end = start; end < texts.length && joined.length < target.length; end++) {
      joined += texts[end]!.replace(/\s+/g, '')
      if (joined === target) return Array.from({ length: end - start + 1 }, (_, i) => words.nth(start + i))
    }
  }
  throw new Error(`no run of page words spells ${text}`)
}

/** Screen rectangle around a set of elements, with a small margin. */
export async function boxAround(locators: Locator[], margin = 3) {
  const boxes = await Promise.all(locators.map(async (l) => (await l.boundingBox())!))
  return {
    x0: Math.min(...boxes.map((b) => b.x)) - margin,
    y0: Math.min(...boxes.map((b) => b.y)) - margin,
    x1: Math.max(...boxes.map((b) => b.x + b.width)) + margin,
    y1: Math.max(...boxes.map((b) => b.y + b.height)) + margin,
  }
}

import { XMLParser } from 'fast-xml-parser'

/** A parsed XML node: namespace prefixes stripped, every value kept as text. */
export type XNode = Record<string, unknown>

const parser = new XMLParser({
  removeNSPrefix: true,
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
})

export function parseXml(xml: string): XNode {
  return parser.parse(xml) as XNode
}

/** All nodes at a path of element names; repeated elements and single ones read the same. */
export function all(node: unknown, path: readonly string[]): unknown[] {
  let current: unknown[] = [node]
  for (const name of path) {
    const next: unknown[] = []
    for (const n of current) {
      if (!n || typeof n !== 'object') continue
      const child = (n as XNode)[name]
      if (Array.isArray(child)) next.push(...child)
      else if (child !== undefined) next.push(child)
    }
    current = next
  }
  return current
}

/** Text of the first node at a path (element text or `#text` when it has attributes). */
export function text(node: unknown, path: readonly string[]): string | undefined {
  const found = all(node, path)[0]
  return textOf(found)
}

export function textOf(found: unknown): string | undefined {
  if (typeof found === 'string') return found.trim() || undefined
  if (typeof found === 'number') return String(found)
  if (found && typeof found === 'object' && '#text' in found) {
    return String((found as XNode)['#text']).trim() || undefined
  }
  return undefined
}

export function attr(node: unknown, name: string): string | undefined {
  if (!node || typeof node !== 'object') return undefined
  const v = (node as XNode)[`@${name}`]
  return typeof v === 'string' ? v : undefined
}

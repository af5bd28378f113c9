/**
 * Folds a string for matching while keeping its length, so a match index in the folded text is
 * also an index in the original (labels are found in folded text, values are read from the raw).
 */
export function fold(text: string): string {
  // most text is ASCII, where folding is lower-casing; this runs for every line and label lookup
  if (ASCII.test(text)) return text.toLowerCase()
  let out = ''
  for (const ch of text) out += foldChar(ch)
  return out
}

const ASCII = /^[\x00-\x7f]*$/
const FOLDED_CHARS = new Map<string, string>()

function foldChar(ch: string): string {
  let folded = FOLDED_CHARS.get(ch)
  if (folded === undefined) {
    const base = ch.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
    folded = ch.length === 1 ? (base[0] ?? ch) : ch
    FOLDED_CHARS.set(ch, folded)
  }
  return folded
}

/** Lower-case, accents removed, punctuation to spaces, collapsed: for comparing names. */
export function simplify(text: string): string {
  return fold(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

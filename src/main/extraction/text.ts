/**
 * Folds a string for matching while keeping its length, so a match index in the folded text is
 * also an index in the original (labels are found in folded text, values are read from the raw).
 */
export function fold(text: string): string {
  let out = ''
  for (const ch of text) {
    const base = ch.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
    out += ch.length === 1 ? (base[0] ?? ch) : ch
  }
  return out
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

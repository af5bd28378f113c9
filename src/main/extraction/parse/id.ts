/** Words that sit between a label and its value without being part of the value. */
const FILLER = /^(?:[:#.\-–—|]+|\(\d{3}\)|no\.?|nr\.?|n°|n[o°º]\.?|number|nummer|numero|num\.?|of|du|de|van)$/i

/**
 * Reads an invoice id from the words after its label: the first word that carries a digit and
 * looks like a code. FIELDS.md keeps the id as printed, minus a leading `#`, `No.` or `Nr.`.
 */
export function readId(tokens: readonly string[]): { value: string; index: number } | null {
  for (let i = 0; i < tokens.length && i < 4; i++) {
    const token = (tokens[i] ?? '').replace(/^[#:]+/, '').replace(/[:,;.]+$/, '')
    if (token === '' || FILLER.test(token)) continue
    if (/^n°/i.test(token) && /\d/.test(token.slice(2))) return { value: token.slice(2), index: i }
    if (isIdLike(token)) return { value: token, index: i }
    if (i >= 1) return null
  }
  return null
}

export function isIdLike(token: string): boolean {
  return token.length >= 3 && /\d/.test(token) && /^[\p{L}\d][\p{L}\d_/.-]*$/u.test(token)
}

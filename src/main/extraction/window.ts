import type { BBox, FieldKind } from '../../shared/fields'
import { findVatIds, vatFormatStatus } from '../validation/vatFormats'
import { make, type Candidate, type Relation } from './candidate'
import { linesBelow, type Doc, type DocLine } from './document'
import { segments, unionBox, wordsInSpan, xOverlap, type PlacedWord } from './layout'
import type { LabelHit } from './labels'
import { findAmounts } from './parse/amount'
import { detectCurrencyCode } from './parse/currency'
import { findDates, isoDate } from './parse/date'
import { findIbans } from './parse/iban'
import { readId } from './parse/id'

/** A stretch of text that may hold a value, with the words it came from. */
export interface Window {
  line: DocLine
  start: number
  end: number
}

/** Reads a value of the label's kind from a window of text. */
export function readWindow(
  doc: Doc,
  hit: LabelHit,
  win: Window,
  kind: FieldKind,
  relation: Relation,
): Candidate[] {
  const { line } = win
  const text = line.text.slice(win.start, win.end)
  const field = hit.def.field
  const strength = hit.def.strength
  const at = (start: number, end: number): PlacedWord[] =>
    wordsInSpan(line, win.start + start, win.start + end)
  switch (kind) {
    case 'amount': {
      const amounts = findAmounts(text).filter((a) => a.hasDecimals || a.currency)
      // "Tax 15% on 112.90 16.94", "Total 1 278.61 40.39 319.00": the value is the last one
      const a = relation === 'right' ? amounts[amounts.length - 1] : amounts[0]
      if (!a) return []
      return [make(field, a.value, a.raw, at(a.start, a.end), strength, relation, 1, a.currency)]
    }
    case 'date': {
      const d = findDates(text, doc.monthFirst)[0] ?? repairedDate(text)
      if (!d) return []
      const validity = d.ambiguous ? 0.7 : 1
      // a repaired date is a guess at where the separators were: it counts half
      const label = 'repaired' in d ? strength * 0.5 : strength
      return [make(field, d.value, d.raw, at(d.start, d.end), label, relation, validity)]
    }
    case 'id': {
      const tokens = text.trim().split(/\s+/)
      const id = readId(tokens)
      if (!id) return []
      const offset = text.indexOf(tokens[id.index] ?? '')
      const words = at(offset, offset + (tokens[id.index] ?? '').length)
      return [make(field, id.value, tokens[id.index] ?? '', words, strength, relation, 1)]
    }
    case 'tax_id': {
      const v = findVatIds(text)[0]
      if (v) {
        const raw = text.slice(v.start, v.end)
        return [make(field, v.value, raw, at(v.start, v.end), strength, relation, 1)]
      }
      const token = text.trim().split(/\s+/)[0] ?? ''
      // a US employer id (EIN) is nine digits printed 12-3456789
      if (/^\d{2}-\d{7}$/.test(token)) {
        const off = text.indexOf(token)
        return [make(field, token, token, at(off, off + token.length), strength, relation, 0.8)]
      }
      if (!/\d{5,}/.test(token) || !/^[A-Z]{2}/i.test(token)) return []
      const off = text.indexOf(token)
      const validity = vatFormatStatus(token) === 'unknown' ? 0.6 : 0.3
      const value = token.toUpperCase()
      return [make(field, value, token, at(off, off + token.length), strength, relation, validity)]
    }
    case 'iban': {
      const iban = findIbans(text)[0]
      if (iban) {
        const raw = text.slice(iban.start, iban.end)
        return [make(field, iban.value, raw, at(iban.start, iban.end), strength, relation, 1)]
      }
      const m = /[A-Z]{2}[0-9]{2}[A-Z0-9]{6,}/.exec(text.toUpperCase().replace(/(?<=\S) (?=\S)/g, ''))
      if (!m || relation !== 'right') return []
      const token = text.trim().split(/\s+/).find((t) => /^[A-Z]{2}\d{2}/i.test(t)) ?? ''
      const off = text.indexOf(token)
      if (!token) return []
      return [make(field, m[0], token, at(off, off + token.length), strength, relation, 0.3)]
    }
    case 'currency': {
      const code = detectCurrencyCode(text)
      if (!code) return []
      const off = Math.max(0, text.indexOf(code.raw))
      const words = at(off, off + code.raw.length)
      return [make(field, code.code, code.raw, words, strength, relation, 1)]
    }
    case 'name':
    case 'text': {
      const trimmed = text.replace(/^[\s:#.\-–—]+/, '').trim()
      if (trimmed.length < 2) return []
      const off = text.indexOf(trimmed)
      return [make(field, trimmed, trimmed, at(off, off + trimmed.length), strength, relation, 0.8)]
    }
  }
}

/**
 * OCR drops separators: "2612/2018", "26/122018", "26122018". Next to a date label a run of
 * eight digits is still a date, read day-first; validity stays low so it is flagged.
 */
type Repaired = ReturnType<typeof findDates>[number] & { repaired: true }

function repairedDate(text: string): Repaired | undefined {
  const m = /(?<!\d)(\d{2})\/?(\d{2})\/?((?:19|20)\d{2})(?!\d)/.exec(text)
  if (!m || m[0].replace(/\D/g, '').length !== 8) return undefined
  const value = isoDate(Number(m[3]), Number(m[2]), Number(m[1]))
  if (!value) return undefined
  const end = m.index + m[0].length
  return { value, raw: m[0], start: m.index, end, ambiguous: true, repaired: true }
}

/** Windows under a label: the words of the next lines that sit in the label's column. */
export function columnBelow(doc: Doc, line: DocLine, hit: LabelHit): Window[] {
  const labelWords = wordsInSpan(line, hit.start, hit.end)
  if (labelWords.length === 0) return []
  // in a grid of label/value pairs the value sits under the whole label cell ("DATE D'ÉCHÉANCE"),
  // which can start left of the words the label matched
  const cell = segments(line).find((seg) => seg.includes(labelWords[0] as PlacedWord)) ?? labelWords
  const cellBox = unionBox([...cell, ...labelWords].map((w) => w.bbox))
  const box: BBox = [cellBox[0], line.bbox[1], cellBox[2], line.bbox[3]]
  const out: Window[] = []
  for (const below of linesBelow(doc, line, 2)) {
    const words = below.words.filter(
      (w) => xOverlap(w.bbox, box) > 0.3 || (w.bbox[0] >= box[0] - 2 && w.bbox[0] < box[2]),
    )
    if (words.length === 0) continue
    // extend to the right while words stay close together (a value may be wider than its label)
    const startIdx = below.words.indexOf(words[0] as PlacedWord)
    let endIdx = below.words.indexOf(words[words.length - 1] as PlacedWord)
    while (endIdx + 1 < below.words.length) {
      const cur = below.words[endIdx] as PlacedWord
      const nxt = below.words[endIdx + 1] as PlacedWord
      if (nxt.bbox[0] - cur.bbox[2] > below.unit * 0.8) break
      endIdx++
    }
    const start = below.starts[startIdx] ?? 0
    const endWord = below.words[endIdx] as PlacedWord
    const end = (below.starts[endIdx] ?? 0) + endWord.text.length
    out.push({ line: below, start, end })
  }
  return out
}

import type { BBox } from '../../shared/fields'
import type { Candidate } from './candidate'
import { make } from './candidates'
import { linesBelow, type Doc, type DocLine } from './document'
import { segments, xOverlap, type PlacedWord } from './layout'
import { headerColumns } from './lineItems'
import { simplify } from './text'

const LEGAL_LONG =
  /(?<![\p{L}])(?:gmbh(?:\s*&\s*co\.?\s*kg)?|e\.\s?k\.|b\.\s?v\.?|n\.\s?v\.?|ltd\.?|limited|inc\.?|llc|llp|plc|corp\.?|pty\.?(?:\s*ltd\.?)?|sarl|s\.a\.r\.l\.?|s\.a\.s\.?|s\.a\.|s\.r\.l\.?|s\.p\.a\.?|s\.l\.|sdn\.?\s*bhd\.?|bhd\.?|pvt\.?\s*ltd\.?|private\s+limited|bvba|aps)(?![\p{L}\d-])/iu
// the short forms only in capitals, where they cannot be ordinary words ("as", "Sl")
const LEGAL_SHORT = /(?<![\p{L}])(?:AG|KG|OHG|UG|BV|NV|SA|SAS|SRL|SPA|SL|OY|AB|AS)(?![\p{L}\d-])/u

/** The first legal-form word in a text (GmbH, B.V., Ltd, SDN BHD, SA…), or null. */
export function findLegalForm(text: string): RegExpExecArray | null {
  const long = LEGAL_LONG.exec(text)
  const short = LEGAL_SHORT.exec(text)
  if (long && short) return long.index <= short.index ? long : short
  return long ?? short
}

const BUSINESS_WORD =
  /\b(?:enterprise|trading|restaurants?|store|shop|services?|perniagaan|hardware|machinery|company|group|holding|solutions|software|media|systems|technolog(?:y|ies)|consulting|hotel|resort|supplies|marketing|interior|motor|deco)\b/i
const TITLE_WORDS =
  /\b(?:tax\s+invoice|invoice|rechnung|facture|factuur|fattura|factura|receipt|quittung|bill|cash\s+bill|kopie|copy|original|payment\s+receipt)\b/gi
const NOT_A_NAME =
  /@|www\.|https?:|\b(?:tel|fax|phone|telefon|page|seite|date|datum|iban|bic|swift|vat|ust|btw|tva|gst|total|totaal|subtotal|amount|cash|change|qty|price|description|rooms?|paid|bezahlt|paye|betaald)\b/i

/** Supplier candidates from the page header, sender lines, legal forms, labels and domains. */
export function supplierCandidates(
  doc: Doc,
  receiverZone: Set<PlacedWord>,
  labelled: readonly Candidate[],
): Candidate[] {
  const domains = emailDomains(doc)
  // a name printed in the billing block is the receiver wherever else it appears
  const receiverNames = new Set(
    doc.lines
      .flatMap((l) => splitSegments(l).filter((seg) => seg.every((w) => receiverZone.has(w))))
      .map((seg) => simplify(cleanName(seg.map((w) => w.text).join(' ')) ?? ''))
      .filter((n) => n.length >= 4),
  )
  const out: Candidate[] = []
  for (const line of doc.lines) {
    if (line.page > 1 && !findLegalForm(line.text)) continue
    // column headers ("Omschrijving Prijs BTW Bedrag") name no one
    if (headerColumns(line) || line.labels.length >= 3) continue
    for (const seg of splitSegments(line)) {
      const name = cleanName(seg.map((w) => w.text).join(' '))
      if (!name) continue
      let score = 0
      const legal = findLegalForm(name) !== null
      if (legal) score += 2
      if (BUSINESS_WORD.test(name)) score += 0.8
      const top = line.page === 1 ? Math.max(0, 1 - line.bbox[1] / (line.pageHeight * 0.3)) : 0
      score += top * 1.2
      const height = Math.max(...seg.map((w) => w.bbox[3] - w.bbox[1]))
      score += Math.min(2, Math.max(0, height / line.unit - 1)) * 0.8
      const key = simplify(name).replace(/\s/g, '')
      if (key.length >= 3 && domains.some((d) => d.includes(key) || key.includes(d))) score += 1.5
      if (isSenderLine(line) && seg === splitSegments(line)[0]) score += 1.5
      if (seg.filter((w) => receiverZone.has(w)).length * 2 > seg.length) score -= 3
      if (receiverNames.has(simplify(name))) score -= 3
      if (name === name.toLowerCase()) score -= 2
      if (addressBelow(doc, line)) score += 0.8
      if (/\d/.test(name)) score -= 1
      if (repeats(doc, name, line)) score += 0.5
      // no positive evidence, no supplier: an empty field is flagged, a guess may not be
      if (score <= 0) continue
      // the label feature of a layout-found name is its evidence, scaled like a label's 0–1
      const evidence = Math.min(1, score / 4)
      const c = make('supplier_name', name, name, seg, evidence, 'none', legal ? 1 : 0.6)
      c.score = score
      out.push(c)
    }
  }
  for (const c of labelled) {
    const name = cleanName(c.value)
    if (!name || receiverNames.has(simplify(name))) continue
    const legal = findLegalForm(name) !== null
    out.push({ ...c, value: name, raw: name, score: 1.5 + 2 * c.label + (legal ? 1 : 0) })
  }
  return out
}

/** Lines in the billing block: below or right of a receiver label, in its column. */
export function receiverZone(doc: Doc): { zone: Set<PlacedWord>; candidates: Candidate[] } {
  const zone = new Set<PlacedWord>()
  const candidates: Candidate[] = []
  for (const line of doc.lines) {
    for (const hit of line.labels) {
      if (hit.def.field !== 'receiver_name') continue
      const labelWords = line.words.filter((_, i) => {
        const start = line.starts[i] ?? 0
        return start >= hit.start && start < hit.end
      })
      const first = labelWords[0]
      if (!first) continue
      const column: BBox = [first.bbox[0], 0, first.bbox[0] + line.pageWidth * 0.3, 0]
      line.words.forEach((w, i) => {
        if ((line.starts[i] ?? 0) >= hit.start) zone.add(w)
      })
      let picked = false
      for (const below of linesBelow(doc, line, 5)) {
        const words = below.words.filter(
          (w) => xOverlap(w.bbox, column) > 0.5 && w.bbox[0] >= column[0] - 5,
        )
        if (words.length === 0) continue
        for (const w of words) zone.add(w)
        const name = cleanName(words.map((w) => w.text).join(' ').replace(/^attn:?\s*/i, ''))
        if (!picked && name) {
          const c = make('receiver_name', name, name, words, hit.def.strength, 'below', 0.8)
          candidates.push(c)
          picked = true
        }
      }
    }
  }
  return { zone, candidates }
}

function splitSegments(line: DocLine): PlacedWord[][] {
  const out: PlacedWord[][] = []
  for (const seg of segments(line, 2)) {
    let cur: PlacedWord[] = []
    for (const w of seg) {
      // sender lines separate name, street and town with • - – |
      if (/^[•|–—-]$/.test(w.text)) {
        if (cur.length) out.push(cur)
        cur = []
        continue
      }
      cur.push(w)
    }
    if (cur.length) out.push(cur)
  }
  return out
}

/** Trims a segment to a plausible name: no title words, nothing after the legal form. */
export function cleanName(text: string): string | null {
  // "Sold By : WS Retail", "Licensed To: SimFin": keep what follows the label
  const colon = text.lastIndexOf(':')
  const afterLabel = colon >= 0 && !/^\s*\/\//.test(text.slice(colon + 1)) ? text.slice(colon + 1) : text
  let name = afterLabel.replace(TITLE_WORDS, ' ').replace(/\s+/g, ' ').trim()
  const legal = findLegalForm(name)
  if (legal) {
    name = name.slice(0, legal.index + legal[0].length)
    // "Sarl au capital de…": a legal form alone is not a name
    if (simplify(name.slice(0, legal.index)).length < 2) return null
  }
  name = name.replace(/^[\s:,;.\-–|•=*]+|[\s:,;\-–|•=*]+$/g, '').trim()
  // a sentence is no name: names are short and do not end in a full stop after a lower-case word
  if (name.length < 2 || name.length > 70 || name.split(' ').length > 6) return null
  if (/\p{Ll}{3,}\.$/u.test(name) && !findLegalForm(name)) return null
  if (NOT_A_NAME.test(name)) return null
  // "N V", "Sl", "1 PCS": OCR crumbs and quantities, not names; a name has a real word
  if (!/\p{L}{3,}/u.test(name)) return null
  if (/(?:^|\s)\d+(?:\s|$)/.test(name) && name.split(' ').filter((w) => /\p{L}{2,}/u.test(w)).length < 2) {
    return null
  }
  const letters = (name.match(/\p{L}/gu) ?? []).length
  if (letters < 2 || letters < name.replace(/\s/g, '').length * 0.6) return null
  return name
}

/** DIN 5008 sender line above the address window: "Name - Street 1 - 12345 Town". */
function isSenderLine(line: DocLine): boolean {
  return /\s[•|–-]\s/.test(line.text) && /\b\d{4,5}\b/.test(line.text) && line.bbox[1] < line.pageHeight * 0.35
}

const ADDRESS =
  /\b\d{4,6}\b|\b(?:jalan|jln|street|st\.|road|rd\.|avenue|ave|strasse|str\.|straße|rue|weg|laan|straat|via|calle|taman|lot|no\.)/i

/** Receipts and letterheads put the address right under the name. */
function addressBelow(doc: Doc, line: DocLine): boolean {
  return linesBelow(doc, line, 2).some((l) => ADDRESS.test(l.text))
}

export function emailDomains(doc: Doc): string[] {
  const out: string[] = []
  for (const line of doc.lines) {
    for (const m of line.folded.matchAll(/(?:@|www\.|https?:\/\/)([a-z0-9-]+)\./g)) {
      if (m[1] && !['gmail', 'hotmail', 'yahoo', 'outlook', 'example', 'fake'].includes(m[1])) {
        out.push(m[1].replace(/-/g, ''))
      }
    }
  }
  return out
}

function repeats(doc: Doc, name: string, self: DocLine): boolean {
  const key = simplify(name)
  if (key.length < 4) return false
  return doc.lines.some((l) => l !== self && simplify(l.text).includes(key))
}

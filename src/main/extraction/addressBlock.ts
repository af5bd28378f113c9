import type { Candidate } from './candidate'
import { make } from './candidate'
import type { Doc, DocLine } from './document'
import { segments, type PlacedWord } from './layout'
import { cleanName } from './parties'
import { simplify } from './text'

/** A postcode line: "26725 Emden", "5202 CH Den Bosch", "F-69007 Lyon", "Postbus 2318", "SW1A 1AA". */
const POSTCODE =
  /(?:^|\s)(?:[A-Z]{1,2}-)?\d{4,5}(?:\s?[A-Z]{2})?\s+\p{Lu}|\b(?:postbus|postfach|bp|cedex|po\s+box)\b|\b[A-Z]{1,2}\d[A-Z\d]?\s+\d[A-Z]{2}\b/iu
const SEPARATORS = /\s[·•|–-]\s.*\s[·•|–-]\s/

/**
 * With no "Bill to" label, the receiver is the first line of the postal address block: a
 * left-aligned run of short lines in the page's upper half that ends in a postcode line (the
 * DIN 5008 / window-envelope layout). The letterhead (supplier) and the one-line sender
 * return address above the window are not it.
 */
export function addressBlockReceiver(doc: Doc, supplier: string | undefined): Candidate | null {
  const lines = doc.lines.filter(
    (l) => l.page === 1 && l.bbox[1] > l.pageHeight * 0.1 && l.bbox[1] < l.pageHeight * 0.5,
  )
  const firstSeg = (l: DocLine): PlacedWord[] => segments(l, 2)[0] ?? []
  const supplierKey = simplify(supplier ?? '')
  for (let i = 0; i < lines.length; i++) {
    const head = lines[i] as DocLine
    const seg = firstSeg(head)
    const text = seg.map((w) => w.text).join(' ')
    if (SEPARATORS.test(text) || head.labels.some((h) => h.start === 0)) continue
    const name = cleanName(text)
    if (!name || POSTCODE.test(text)) continue
    const x0 = seg[0]?.bbox[0] ?? 0
    let prev = head
    for (let j = i + 1; j < Math.min(lines.length, i + 6); j++) {
      const line = lines[j] as DocLine
      const s = firstSeg(line)
      const aligned = Math.abs((s[0]?.bbox[0] ?? -99) - x0) < line.unit * 0.5
      if (!aligned || line.bbox[1] - prev.bbox[3] > line.unit * 2) break
      if (POSTCODE.test(s.map((w) => w.text).join(' '))) {
        const key = simplify(name)
        // the supplier's own address block: its lines are no receiver either
        if (supplierKey && (supplierKey.includes(key) || key.includes(supplierKey))) i = j
        else return make('receiver_name', name, name, seg, 0.5, 'none', 0.6)
        break
      }
      prev = line
    }
  }
  return null
}

import type { BBox } from '../../shared/fields'
import type { PageWords, Word } from '../../shared/words'
import { fold, intersection, area } from './fieldWords'
import type { ExportDocument } from './types'

/** Exactly what `--drop-personal` removes; also written into the manifest. */
export const PERSONAL_DATA_REMOVED: readonly string[] = [
  'the receiver_name field (value, raw text, box) and its column in documents.csv',
  'the billing-address words: words half inside the receiver_name box and up to 4 lines directly below it in its column (street, postcode, town, country), stopping at a gap of over 2 line heights',
  'any other word on the page equal to a word of 3 or more characters of the receiver name',
  'the same areas, painted white, in the page images',
  'in the edit log: old and new values of receiver_name edits, comment texts, and reviewer names (replaced by reviewer-1, reviewer-2, … in order of first appearance) and the row hashes (they cover the removed values)',
  'original file names (replaced by the document key and the file extension)',
]

/**
 * Returns a function that strips personal data from documents. Stateful only for the reviewer
 * pseudonyms, which must stay the same across the documents of one export.
 */
export function createPersonalDataFilter(): (doc: ExportDocument) => ExportDocument {
  const reviewers = new Map<string, string>()
  const pseudonym = (user: string) => {
    let name = reviewers.get(user)
    if (!name) reviewers.set(user, (name = `reviewer-${reviewers.size + 1}`))
    return name
  }
  return (doc) => {
    const receiver = doc.fields.find((f) => f.line === 0 && f.key === 'receiver_name')
    const nameWords = new Set(
      (receiver ? `${receiver.value} ${receiver.raw}` : '').split(/\s+/).map((w) => fold(w.replace(/[\p{P}\p{S}]+$/u, ''))).filter((w) => w.length >= 3),
    )
    const redactions: ExportDocument['redactions'] = []
    const pages = doc.pages.map((page): PageWords => {
      const block = receiver?.bbox && receiver.page === page.page ? billingBlock(page, receiver.bbox) : new Set<number>()
      const kept: Word[] = []
      page.words.forEach((w, i) => {
        const personal = block.has(i) || nameWords.has(fold(w.text.replace(/[\p{P}\p{S}]+$/u, '')))
        if (personal) redactions.push({ page: page.page, bbox: w.bbox })
        else kept.push(w)
      })
      return { ...page, words: kept }
    })
    if (receiver?.bbox) redactions.push({ page: receiver.page, bbox: receiver.bbox })
    const extension = /\.[A-Za-z0-9]{1,5}$/.exec(doc.fileName)?.[0] ?? ''
    return {
      ...doc,
      fileName: doc.key + extension.toLowerCase(),
      pages,
      fields: doc.fields.filter((f) => f !== receiver),
      edits: doc.edits.map((e) => {
        const hidden = e.fieldKey === 'receiver_name' || e.action === 'comment'
        // The hash covers the removed values, so it would let anyone confirm a guessed name.
        return { ...e, user: pseudonym(e.user), hash: '', ...(hidden ? { oldValue: null, newValue: null } : {}) }
      }),
      redactions: [...doc.redactions, ...redactions],
    }
  }
}

/** Word indexes of the receiver's name box and the address lines under it. */
function billingBlock(page: PageWords, box: BBox): Set<number> {
  const out = new Set<number>()
  page.words.forEach((w, i) => {
    if (intersection(w.bbox, box) >= 0.5 * Math.max(area(w.bbox), 1e-9)) out.add(i)
  })
  const h = Math.max(1, box[3] - box[1])
  const column: [number, number] = [box[0] - h, box[0] + Math.max(box[2] - box[0], page.width * 0.3)]
  let bottom = box[3]
  for (let line = 0; line < 4; line++) {
    const below = page.words
      .map((w, i) => ({ w, i }))
      .filter(({ w, i }) => !out.has(i) && w.bbox[0] >= column[0] && w.bbox[0] <= column[1] && w.bbox[1] >= bottom - 0.3 * h && w.bbox[1] <= bottom + 2 * h)
    if (below.length === 0) break
    const top = Math.min(...below.map(({ w }) => w.bbox[1]))
    const first = below.find(({ w }) => w.bbox[1] === top)!.w.bbox
    const lineWords = below.filter(({ w }) => Math.min(w.bbox[3], first[3]) - Math.max(w.bbox[1], first[1]) > 0.5 * Math.min(w.bbox[3] - w.bbox[1], first[3] - first[1]))
    for (const { i } of lineWords) out.add(i)
    bottom = Math.max(...lineWords.map(({ w }) => w.bbox[3]))
  }
  return out
}

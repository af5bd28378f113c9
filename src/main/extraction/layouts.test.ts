import { describe, expect, it } from 'vitest'
import type { PageWords, Word } from '../../shared/words'
import { extractInvoice } from '.'
import { addressBlockReceiver } from './addressBlock'
import { labelledCandidates } from './candidates'
import { buildDoc } from './document'
import { termsCandidates } from './terms'

/** Lays out rows of [x, text] cells as words 6 pt per character, 10 pt high. */
function page(rows: [number, [number, string][]][], height = 800): PageWords {
  const words: Word[] = []
  for (const [y, cells] of rows) {
    for (const [x0, text] of cells) {
      let x = x0
      for (const t of text.split(' ')) {
        words.push({ text: t, bbox: [x, y, x + t.length * 6, y + 10], confidence: 1, source: 'text-layer' })
        x += t.length * 6 + 4
      }
    }
  }
  return { page: 1, width: 600, height, rotation: 0, source: 'text-layer', words }
}

const ITEMS: [number, [number, string][]][] = [
  [300, [[50, 'Omschrijving'], [300, 'Aantal'], [400, 'Prijs'], [500, 'Bedrag']]],
  [320, [[50, 'Opslag pallet'], [300, '2'], [400, '50,00'], [500, '100,00']]],
]

describe('layouts the rules read', () => {
  it('reads a totals grid: labels in one row, values in the row below', () => {
    const doc = page([
      ...ITEMS,
      [360, [[240, 'Subtotaal excl. BTW'], [390, 'BTW 21 %'], [480, 'Totaal incl. BTW']]],
      [378, [[240, '€ 100,00'], [390, '€ 21,00'], [480, '€ 121,00']]],
    ])
    const { fields } = extractInvoice([doc])
    expect(fields.net_amount?.value).toBe('100.00')
    expect(fields.total_tax_amount?.value).toBe('21.00')
    expect(fields.total_amount?.value).toBe('121.00')
  })

  it('ends the item table at a totals row that shares its line with other text', () => {
    const doc = page([
      ...ITEMS,
      [360, [[50, 'PAYMENT TERMS'], [350, 'Subtotal'], [500, '100.00']]],
      [375, [[350, 'VAT 20%'], [500, '20.00']]],
      [390, [[350, 'Total Due'], [500, '120.00']]],
    ])
    const { fields } = extractInvoice([doc])
    expect(fields.net_amount?.value).toBe('100.00')
    expect(fields.total_tax_amount?.value).toBe('20.00')
  })

  it('reads "Date" and "Due date" as two column headers, not as "date due" across the gap', () => {
    const doc = page([
      [200, [[60, 'INVOICE NUMBER'], [220, 'DATE'], [330, 'DUE DATE'], [470, 'PO NUMBER']]],
      [215, [[60, 'CR-2025-5127'], [220, 'May 22, 2025'], [330, 'June 6, 2025'], [470, 'MSD-4417']]],
    ])
    const { fields } = extractInvoice([doc])
    expect(fields.invoice_date?.value).toBe('2025-05-22')
    expect(fields.due_date?.value).toBe('2025-06-06')
  })

  it('reads a value under the whole label cell in a grid of label/value pairs', () => {
    const doc = page([
      [200, [[60, 'FACTURE N°'], [180, 'DATE DE FACTURE'], [300, "DATE D'ÉCHÉANCE"], [430, 'VOTRE COMMANDE']]],
      [215, [[60, 'F2025-00219'], [180, '17 mars 2025'], [296, '16 avril 2025'], [430, 'BC-2025-0313']]],
    ])
    const { fields } = extractInvoice([doc])
    expect(fields.invoice_date?.value).toBe('2025-03-17')
    expect(fields.due_date?.value).toBe('2025-04-16')
    expect(fields.purchase_order?.value).toBe('BC-2025-0313')
  })

  it('reads numeric dates month first on a document with a US address', () => {
    const doc = page([
      [60, [[400, 'Madison, WI 53703']]],
      [100, [[60, 'Invoice Date'], [140, '04/03/2025']]],
      [115, [[60, 'EIN'], [140, '17-0553163']]],
    ])
    const { fields } = extractInvoice([doc])
    expect(fields.invoice_date?.value).toBe('2025-04-03')
    expect(fields.supplier_tax_id?.value).toBe('17-0553163')
  })

  it('does not take a carried-forward page subtotal for the net amount', () => {
    const doc = page([
      ...ITEMS,
      [700, [[300, 'Zwischensumme (Übertrag)'], [500, '100,00']]],
    ])
    const nets = labelledCandidates(buildDoc([doc])).filter((c) => c.field === 'net_amount')
    expect(nets).toEqual([])
  })

  it('reads "zzgl. 19 % USt." even when OCR garbles the tax word', () => {
    const doc = page([
      [360, [[300, 'Nettobetrag'], [500, '100,00 €']]],
      [375, [[300, 'zzgl. 19 % USL.'], [500, '19,00 €']]],
      [390, [[300, 'Rechnungsbetrag'], [500, '119,00 €']]],
    ])
    expect(extractInvoice([doc]).fields.total_tax_amount?.value).toBe('19.00')
  })

  it('finds payment terms printed as a sentence without a label', () => {
    const doc = buildDoc([page([[500, [[57, 'Zahlbar innerhalb von 30 Tagen ohne Abzug.']]]])])
    expect(termsCandidates(doc).map((c) => c.value)).toEqual(['Zahlbar innerhalb von 30 Tagen ohne Abzug.'])
  })

  it('takes the first line of the address block under the sender line as the receiver', () => {
    const doc = buildDoc([
      page([
        [40, [[300, 'Kranich GmbH']]],
        [135, [[57, 'Kranich GmbH · Am Hafen 17 · 28217 Bremen']]],
        [152, [[57, 'Norderhaven Maschinenbau AG'], [345, 'Rechnungsnr. RE-1']]],
        [165, [[57, 'Einkauf']]],
        [178, [[57, 'Deichstraße 141']]],
        [190, [[57, '26725 Emden']]],
      ]),
    ])
    expect(addressBlockReceiver(doc, 'Kranich GmbH')?.value).toBe('Norderhaven Maschinenbau AG')
    expect(addressBlockReceiver(doc, 'Norderhaven Maschinenbau AG')).toBeNull()
  })
  it('takes the amount after a rounding line as the total, over an unrounded total OCR misread', () => {
    const doc = page([
      [100, [[50, 'TOTAL AMT.'], [300, 'RM 40.31']]],
      [115, [[50, 'ROUNDING ADJ.'], [300, '-0.01']]],
      [130, [[300, 'RM 60.30']]],
      [145, [[50, 'CASH'], [300, 'RM 70.30']]],
      [160, [[50, 'CHANGE'], [300, 'RM 10.00']]],
    ])
    expect(extractInvoice([doc]).fields.total_amount?.value).toBe('60.30')
  })

  it('leaves the total alone when the line after the rounding is the cash handed over', () => {
    const doc = page([
      [100, [[50, 'TOTAL'], [300, '12.35']]],
      [115, [[50, 'Rundung'], [300, '0.00']]],
      [130, [[50, 'Bar'], [300, '20.00']]],
    ])
    expect(extractInvoice([doc]).fields.total_amount?.value).toBe('12.35')
  })
})

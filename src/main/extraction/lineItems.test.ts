import { describe, expect, it } from 'vitest'
import type { LineItem } from '../../shared/fields'
import type { PageWords, Word } from '../../shared/words'
import { buildDoc } from './document'
import { extractLineItems } from './lineItems'

type Row = [number, [number, string][]]

/** Lays out rows of [x, text] cells as words 6 pt per character, 10 pt high, 4 pt apart. */
function page(rows: Row[], number = 1, source: Word['source'] = 'text-layer'): PageWords {
  const words: Word[] = []
  for (const [y, cells] of rows) {
    for (const [x0, text] of cells) {
      let x = x0
      for (const t of text.split(' ')) {
        words.push({ text: t, bbox: [x, y, x + t.length * 6, y + 10], confidence: 1, source })
        x += t.length * 6 + 4
      }
    }
  }
  return { page: number, width: 600, height: 800, rotation: 0, source, words }
}

/** x where a right-aligned text ends at `right`. */
const right = (edge: number, text: string): [number, string] => [edge - text.length * 6, text]

const items = (...pages: PageWords[]): Record<string, string>[] =>
  extractLineItems(buildDoc(pages)).items.map(values)

function values(item: LineItem): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [k, f] of Object.entries(item)) if (f) out[k] = f.value
  return out
}

// Pos | Art-Nr | Beschreibung | Nettopreis | Menge | Steuer | Entgelt, numbers right-aligned
const HEADER: Row = [
  100,
  [[50, 'Pos'], [80, 'Art-Nr'], [150, 'Beschreibung'], [250, 'Nettopreis'], [340, 'Menge'],
    [420, 'Steuer'], [500, 'Entgelt']],
]
const itemRow = (y: number, pos: string, code: string, text: string, price: string, qty: string,
  rate: string, amount: string): Row => [
  y,
  [[50, pos], [80, code], [150, text], right(310, price), right(370, qty), right(450, rate),
    right(542, amount)],
]

describe('line items read from the page', () => {
  it('keeps the position and article number out of the description and reads the rate column', () => {
    const got = items(page([HEADER, itemRow(120, '1', 'TB100A4', 'Trennblätter', '9,90', '20 Stk', '19 %', '198,00')]))
    expect(got).toEqual([
      {
        description: 'Trennblätter',
        product_code: 'TB100A4',
        unit_price: '9.90',
        quantity: '20.00',
        tax_rate: '19.00',
        amount: '198.00',
      },
    ])
  })

  it('reads a right-aligned "19 %" that starts left of its narrow header as the rate', () => {
    const header: Row = [100, [[50, 'Bezeichnung'], [330, 'Menge'], [420, 'USt'], [500, 'Gesamt']]]
    const row: Row = [120, [[50, 'Kaffee'], right(360, '10000 KWH'), right(440, '19 % VAT (S)'), right(536, '52,00')]]
    const [item] = items(page([header, row]))
    expect(item?.tax_rate).toBe('19.00')
    expect(item?.quantity).toBe('10000.00')
  })

  it('keeps the printed precision of quantities and unit prices, amounts with two places', () => {
    const got = items(page([HEADER, itemRow(120, '1', 'WA997', 'Wirkarbeit', '0,0520', '27,5', '19 %', '52,00')]))
    expect(got[0]).toMatchObject({ unit_price: '0.0520', quantity: '27.50', amount: '52.00' })
  })

  it('continues a description on the lines below until a detail line with a price', () => {
    const got = items(
      page([
        HEADER,
        itemRow(120, '3', 'GTRWA5', 'Mineralwasser', '5,49', '20 Stk', '7 %', '109,80'),
        [131, [[80, '4000001234561'], [150, 'Medium']]],
        [142, [[80, '(GTIN)'], [150, '12 x 1,0l PET']]],
        [153, [[165, 'Bruttopreis : 5,49']]],
        [164, [[159, 'Wir erlauben uns Ihnen folgende']]],
        itemRow(190, '4', 'PFA5', 'Pfand', '2,77', '20 Stk', '19 %', '55,40'),
      ]),
    )
    expect(got.map((i) => i.description)).toEqual(['Mineralwasser Medium 12 x 1,0l PET', 'Pfand'])
  })

  it('joins a word broken with a hyphen and stops at a labelled note', () => {
    const header: Row = [100, [[50, 'Item'], [300, 'Quantity'], [400, 'Rate'], [500, 'Amount']]]
    const got = items(
      page([
        header,
        [120, [[50, 'Unsere Art.-'], right(350, '12'), right(430, '$10.00'), right(548, '$120.00')]],
        [131, [[50, 'Nr.: TB100A4']]],
        [142, [[50, 'Notes: Replaced capacitor']]],
        [153, [[50, 'Tax: 7%']]],
      ]),
    )
    expect(got).toEqual([
      { description: 'Unsere Art.-Nr.: TB100A4', quantity: '12.00', unit_price: '10.00', amount: '120.00', tax_rate: '7.00' },
    ])
  })

  it('runs on over a page break and stops at a new section, never reading its rows as items', () => {
    const first = page([HEADER, itemRow(700, '1', 'KR3M', 'Kunstrasen', '3,33', '3 m²', '19 %', '10,00')], 1)
    const second = page(
      [
        itemRow(60, '2', 'SFK5', 'Schweinesteak', '5,50', '5 kg', '7 %', '27,50'),
        [120, [[50, 'Zu- und Abschläge:']]],
        [140, [[50, 'Abschlag'], [150, 'Sondernachlass'], right(310, '10,00'), right(450, '19 %'), right(542, '-1,00')]],
        [170, [[300, 'Positionssumme'], right(542, '37,50')]],
      ],
      2,
    )
    expect(items(first, second).map((i) => i.description)).toEqual(['Kunstrasen', 'Schweinesteak'])
  })

  it('ends a page at the carried-forward subtotal and resumes under the repeated header', () => {
    const header: Row = [100, [[50, 'Pos.'], [80, 'Bezeichnung'], [330, 'Menge'], [400, 'Einzelpreis'], [500, 'Gesamt']]]
    const row = (y: number, pos: string, text: string, amount: string): Row => [
      y,
      [[50, pos], [80, text], right(360, '1'), right(466, amount), right(536, amount)],
    ]
    const first = page([header, row(120, '1', 'Ordner rot', '2,99'), [140, [[300, 'Zwischensumme (Übertrag)'], right(536, '2,99')]]], 1)
    const second = page([[60, [[300, 'Übertrag von Seite 1'], right(536, '2,99')]], header, row(120, '2', 'Ordner blau', '2,89')], 2)
    const { items: got, rows } = extractLineItems(buildDoc([first, second]))
    expect(got.map((i) => i.description?.value)).toEqual(['Ordner rot', 'Ordner blau'])
    expect([...rows].every((r) => !/bertrag/.test(r.text))).toBe(true)
  })

  it('takes a weak name beside a plain one as the article number, and two-word headers whole', () => {
    const header: Row = [100, [[50, 'Artikel'], [110, 'Omschrijving'], [330, 'Aantal'], [400, 'Unit Price'], [500, 'Bedrag']]]
    const row: Row = [120, [[50, 'ORD-R'], [110, 'Orderpicking per orderregel'], right(366, '820'), right(466, '0,45'), right(542, '369,00')]]
    expect(items(page([header, row]))).toEqual([
      { product_code: 'ORD-R', description: 'Orderpicking per orderregel', quantity: '820.00', unit_price: '0.45', amount: '369.00' },
    ])
  })

  it('settles columns whose header it cannot name by the first row: text widens the description, numbers that multiply are quantity and price', () => {
    const garbled: Row = [100, [[50, 'Désignation'], [349, 'ots'], [405, 'suRr|'], [455, 'TVA'], [504, 'Montant']]]
    const scan: Row = [120, [[50, 'Transport Lyon'], right(365, '2'), right(430, '410,00'), right(470, '20 %'), right(540, '820,00')]]
    expect(items(page([garbled, scan], 1, 'ocr'))).toEqual([
      { description: 'Transport Lyon', quantity: '2.00', unit_price: '410.00', tax_rate: '20.00', amount: '820.00' },
    ])
    const titled: Row = [100, [[10, 'Product'], [115, 'Title'], [345, 'Qty'], [377, 'Price'], [534, 'Total']]]
    const row: Row = [120, [[10, 'Memory cards'], [115, 'SanDisk Ultra 16 GB'], right(360, '1'), right(414, '278.61'), right(570, '319.00')]]
    expect(items(page([titled, row]))[0]?.description).toBe('Memory cards SanDisk Ultra 16 GB')
  })

  it('drops a leading running number when no column names the position', () => {
    const header: Row = [100, [[50, 'Description'], [330, 'Qty'], [400, 'Price'], [500, 'Amount']]]
    const got = items(
      page([
        header,
        [120, [[50, '1 Trennblätter A4'], right(350, '2'), right(440, '9.90'), right(542, '19.80')]],
        [135, [[50, '2 Joghurt'], right(350, '1'), right(440, '5.50'), right(542, '5.50')]],
      ]),
    )
    expect(got.map((i) => i.description)).toEqual(['Trennblätter A4', 'Joghurt'])
  })

  it('restores a decimal point OCR dropped from a unit price when the row adds up with it', () => {
    const header: Row = [100, [[50, 'Description'], [330, 'Qty'], [400, 'Unit Price'], [500, 'Tax'], [560, 'Amount']]]
    const row: Row = [120, [[50, 'Copper fitting'], right(350, '25'), right(466, '221'), right(530, '6%'), right(596, '55.25')]]
    const [item] = items(page([header, row], 1, 'ocr'))
    expect(item).toMatchObject({ unit_price: '2.21', tax_rate: '6.00' })
    const unchecked: Row = [120, [[50, 'Room'], right(350, '1'), right(466, '19'), right(596, '55.25')]]
    expect(items(page([header, unchecked], 1, 'ocr'))[0]?.unit_price).toBeUndefined()
  })

  it('without a readable header, reads aligned rows only where quantity × price = amount', () => {
    const row = (y: number, text: string, qty: string, price: string, amount: string): Row => [
      y,
      [[50, text], right(365, qty), right(430, price), right(540, amount)],
    ]
    const scan = (rows: Row[]) => items(page([[80, [[50, ': | ees »0 ET'], [503, 'Montant']]], ...rows], 1, 'ocr'))
    expect(
      scan([
        row(120, 'Transport Lyon - Marseille, messagerie 6 palettes', '1', '540,00', '540,00'),
        row(137, 'Stockage palette, par jour', '20', '1,90', '38,00'),
      ]),
    ).toEqual([
      { description: 'Transport Lyon - Marseille, messagerie 6 palettes', quantity: '1.00', unit_price: '540.00', amount: '540.00' },
      { description: 'Stockage palette, par jour', quantity: '20.00', unit_price: '1.90', amount: '38.00' },
    ])
    // a tax breakdown lines up just as well, but its numbers do not multiply
    expect(scan([row(120, 'Gruppe A', '19', '198,00', '37,62'), row(137, 'Gruppe B', '7', '275,00', '19,25')])).toEqual([])
  })
})

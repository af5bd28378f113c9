/**
 * Invoices of a layout family the shipped ranker reads wrong: the issue date stands in a header
 * box under a bare "DATE" label, and the footer carries the print run's date as "Date: …" on one
 * line. Both labels are equally weak, and a value beside its label outranks one under it, so the
 * fixed coefficients pick the footer's print date. Every supplier is a different company with its
 * own name, tax id, IBAN, numbers, dates and a shifted template: what a clerk's corrections can
 * teach is the layout family's habit, not any one supplier.
 */
import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import { PDFDocument } from 'pdf-lib'
import { DocWriter } from '../../../scripts/samples/draw'

export interface PrintDateInvoice {
  file: string
  supplier: string
  fields: Record<string, string>
}

const COMPANIES = [
  'Auerbach Zerspanung',
  'Brenntal Kunststoffe',
  'Clemens Lichttechnik',
  'Dornfeld Antriebe',
  'Eichwald Messgeräte',
  'Falkenried Druckluft',
  'Grünhagen Dichtungen',
  'Hollerbach Sensorik',
  'Isenburg Lagertechnik',
  'Jaspers Hydraulik',
  'Kornmoor Stahlbau',
  'Lindholm Etiketten',
  'Moosbrunn Filtertechnik',
  'Nettelbeck Pumpen',
  'Oberhagen Schweißtechnik',
  'Pfaffenrode Gießerei',
  'Quendorf Elektrobau',
  'Rabenstein Fördertechnik',
  'Sandhofer Beschichtungen',
  'Tiefenbach Armaturen',
  'Ulmenried Verpackungen',
  'Vossberg Kältetechnik',
]

const pad = (n: number, width = 2) => String(n).padStart(width, '0')
const german = (d: Date) => `${pad(d.getUTCDate())}.${pad(d.getUTCMonth() + 1)}.${d.getUTCFullYear()}`
const iso = (d: Date) => d.toISOString().slice(0, 10)
const money = (cents: number) =>
  `${Math.floor(cents / 100).toLocaleString('de-DE')},${pad(cents % 100)}`

/** A German VAT id with any 9 digits: the format check has no checksum for DE. */
function vatId(i: number): string {
  return `DE${String(281_400_000 + i * 7_919).padStart(9, '0')}`
}

/** A German IBAN with a valid ISO 7064 check (the account number varies per supplier). */
function iban(i: number): string {
  const bban = `37040044${String(532_013_000 + i * 101).padStart(10, '0')}`
  const digits = `${bban}131400` // "DE" = 13 14, then "00"
  let rest = 0
  for (const ch of digits) rest = (rest * 10 + Number(ch)) % 97
  return `DE${pad(98 - rest)}${bban}`
}

export async function writePrintDateInvoices(dir: string, count: number): Promise<PrintDateInvoice[]> {
  const out: PrintDateInvoice[] = []
  for (let i = 0; i < count; i++) {
    const company = COMPANIES[i % COMPANIES.length] as string
    const supplier = `${company} GmbH`
    const issued = new Date(Date.UTC(2025, 1 + (i % 9), 3 + ((i * 5) % 20)))
    // printed a few weeks later, on a day past the 12th, so it cannot be read month-first
    const printed = new Date(Date.UTC(2025, issued.getUTCMonth() + 1, 13 + (i % 15)))
    const net = 24_000 + i * 13_337
    const tax = Math.round(net * 0.19)
    const number = `${2025}${pad(i * 37 + 110, 4)}`
    const file = `print-date-${pad(i + 1)}.pdf`
    const doc = await PDFDocument.create({ updateMetadata: false })
    const writer = await DocWriter.create(doc, 'helvetica', 'A4', { dx: ((i * 7) % 19) - 9, dy: ((i * 11) % 23) - 11 })
    const s = writer.addSheet()
    s.text(supplier, 50, 62, { size: 16, weight: 'bold' })
    s.text(`Industriestraße ${10 + i} · ${pad(10_115 + i * 311, 5)} Berlin`, 50, 78, { size: 8 })
    s.text('Bill to', 50, 120, { size: 7.5 })
    s.text('Wendeler Anlagenbau AG', 50, 133, { size: 10 })
    s.text('Am Kanal 4', 50, 146, { size: 9.5 })
    s.text('28195 Bremen', 50, 158, { size: 9.5 })
    s.text('INVOICE', 545, 62, { size: 20, weight: 'bold', align: 'right' })
    const boxes: [string, string][] = [
      ['INVOICE NO.', number],
      ['DATE', german(issued)],
      ['CUSTOMER', `K-${4411 + i}`],
    ]
    boxes.forEach(([label, value], b) => {
      const x = 50 + b * 165
      s.rect(x, 200, 160, 38, { border: 0.6 })
      s.text(label, x + 8, 213, { size: 6.5 })
      s.text(value, x + 8, 230, { size: 10, weight: 'bold' })
    })
    s.text('Description', 50, 275, { size: 8.5, weight: 'bold' })
    s.text('Amount', 545, 275, { size: 8.5, weight: 'bold', align: 'right' })
    s.text('Wartung und Kalibrierung', 50, 293, { size: 9 })
    s.text(money(net), 545, 293, { size: 9, align: 'right' })
    s.text('Net amount', 380, 330, { size: 9 })
    s.text(money(net), 545, 330, { size: 9, align: 'right' })
    s.text('VAT 19%', 380, 345, { size: 9 })
    s.text(money(tax), 545, 345, { size: 9, align: 'right' })
    s.text('Total due EUR', 380, 364, { size: 10, weight: 'bold' })
    s.text(money(net + tax), 545, 364, { size: 10, weight: 'bold', align: 'right' })
    s.text(`VAT ID ${vatId(i)} · IBAN ${iban(i).replace(/(.{4})/g, '$1 ').trim()}`, 50, 770, { size: 7 })
    s.text(`Date: ${german(printed)}`, 50, 790, { size: 7 })
    s.text('Page 1 of 1', 545, 790, { size: 7, align: 'right' })
    await writeFile(path.join(dir, file), await doc.save({ useObjectStreams: false }))
    out.push({
      file,
      supplier,
      fields: {
        invoice_id: number,
        invoice_date: iso(issued),
        supplier_name: supplier,
        supplier_tax_id: vatId(i),
        supplier_iban: iban(i),
        net_amount: (net / 100).toFixed(2),
        total_tax_amount: (tax / 100).toFixed(2),
        total_amount: ((net + tax) / 100).toFixed(2),
        currency: 'EUR',
      },
    })
  }
  return out
}

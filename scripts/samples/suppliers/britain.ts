/** A British supplier: `3 April 2025`, `£1,234.56`, VAT 20 %. */
import type { SupplierProfile } from '../model'
import { items } from './items'
import { POUND_GB } from './styles'

export const HARROWMERE: SupplierProfile = {
  key: 'harrowmere',
  name: 'Harrowmere Print Works Ltd',
  country: 'GB',
  address: ['Unit 4, Kirkstall Mills', 'Leeds LS5 3BT', 'United Kingdom'],
  contact: ['Tel 0113 496 0721', 'accounts@harrowmere-print.co.uk'],
  legal: ['Registered in England and Wales No. 09318842'],
  language: 'en',
  layout: 'modern',
  font: 'times',
  pageSize: 'A4',
  accent: [0.05, 0.3, 0.35],
  dateStyle: 'long-en',
  currency: 'GBP',
  money: POUND_GB,
  taxRate: 2000,
  paymentDays: 30,
  paymentTerms: 'Payment due within 30 days of invoice date.',
  numbering: (n) => `INV-${n}`,
  firstNumber: 10482,
  purchaseOrder: (n) => `PO-${88213 + n * 11}`,
  catalogue: items([
    ['BC-350', 'Business cards, 350gsm silk, 2 names x 250', 4200, 5600, 10, [100, 200]],
    ['LH-120', 'Letterheads A4, 120gsm bond, 1-colour', 8900, 11900, 100, [100, 200]],
    ['BRO-A4', 'Brochure A4, 16pp saddle-stitched', 185, 260, 5, [50000, 100000]],
    ['PST-A1', 'Posters A1, 200gsm gloss', 780, 990, 10, [1000, 2500]],
    ['DES-H', 'Artwork amendments, per hour', 4500, 4500, 100, [50, 100, 200]],
    ['DEL-UK', 'Courier delivery, next day', 1450, 2200, 50, [100]],
  ]),
  receivers: [
    {
      name: 'Pennywhistle Books Ltd',
      lines: ['Accounts Payable', '22 Saltaire Road', 'Shipley BD18 3HL'],
      customerNo: 'PWB-07',
    },
  ],
}

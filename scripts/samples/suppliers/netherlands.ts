/** A Dutch supplier: `03-04-2025`, `€ 1.234,56`, BTW 21 %. */
import type { SupplierProfile } from '../model'
import { items } from './items'
import { EURO_NL } from './styles'

export const PLOEGSMA: SupplierProfile = {
  key: 'ploegsma',
  name: 'Ploegsma & Velders Logistiek B.V.',
  country: 'NL',
  address: ['Waalhaven Oostzijde 71', '3087 BM Rotterdam', 'Nederland'],
  contact: ['Tel. +31 10 428 61 00', 'debiteuren@ploegsma-velders.nl'],
  legal: ['KvK 70419283'],
  language: 'nl',
  layout: 'ledger',
  font: 'helvetica',
  pageSize: 'A4',
  accent: [0.9, 0.4, 0.0],
  dateStyle: 'dmy-dash',
  currency: 'EUR',
  money: EURO_NL,
  taxRate: 2100,
  paymentDays: 30,
  paymentTerms: 'Betaling binnen 30 dagen na factuurdatum.',
  numbering: (n, year) => `${year}${String(n).padStart(5, '0')}`,
  firstNumber: 187,
  catalogue: items([
    ['OPS-PP', 'Opslag per palletplaats, per maand', 1150, 1450, 5, [2400, 3600, 4800]],
    ['ORD-R', 'Orderpicking per orderregel', 38, 55, 1, [45000, 82000, 120000]],
    ['INB-C', 'Inslag container 40ft, los gestort', 29500, 34500, 500, [100, 200]],
    ['VPK', 'Verpakkingsmateriaal, doorbelast', 8500, 24000, 100, [100]],
    ['ADM', 'Administratiekosten', 2500, 2500, 100, [100]],
    ['TRN-NL', 'Distributie Benelux, per zending', 1890, 2450, 10, [1500, 2800]],
  ]),
  receivers: [
    {
      name: 'Groenhart Installatietechniek B.V.',
      lines: ['t.a.v. crediteurenadministratie', 'Postbus 2318', '5202 CH Den Bosch'],
      customerNo: '30188',
    },
  ],
}

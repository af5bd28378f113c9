/** US suppliers: `04/03/2025` or `April 3, 2025`, `$1,234.56`, sales tax, an EIN, no IBAN. */
import type { SupplierProfile } from '../model'
import { items } from './items'
import { DOLLAR_US } from './styles'

export const BLUEFEN: SupplierProfile = {
  key: 'bluefen',
  name: 'Bluefen Analytics LLC',
  country: 'US',
  address: ['408 East Wilson Street, Suite 210', 'Madison, WI 53703'],
  contact: ['(608) 555-0148', 'billing@bluefen-analytics.com'],
  legal: [],
  language: 'en',
  labels: {
    invoiceNo: 'Invoice #',
    dueDate: 'Payment Due',
    tax: (rate) => `Sales Tax (${rate})`,
    vatId: 'EIN',
    bank: 'Remit by ACH',
  },
  layout: 'modern',
  font: 'helvetica',
  pageSize: 'Letter',
  accent: [0.1, 0.45, 0.75],
  dateStyle: 'mdy-slash',
  currency: 'USD',
  money: DOLLAR_US,
  taxRate: 550,
  paymentDays: 30,
  paymentTerms: 'Net 30',
  numbering: (n) => String(n),
  firstNumber: 2291,
  purchaseOrder: (n) => `PO ${7731 + n}-A`,
  catalogue: items([
    ['SVC-DP', 'Data pipeline consulting, hours', 16500, 16500, 100, [400, 750, 1200, 1600]],
    ['LIC-DB', 'Dashboard license, monthly per seat', 4900, 4900, 100, [500, 1000, 2500]],
    ['SVC-TR', 'On-site training workshop, full day', 240000, 240000, 1000, [100]],
    ['HST-01', 'Managed hosting, monthly', 38900, 38900, 100, [100]],
    ['SUP-P', 'Priority support retainer', 75000, 75000, 1000, [100]],
  ]),
  receivers: [
    {
      name: 'Orchard Lane Ventures Inc.',
      lines: ['Attn: Accounts Payable', '1200 Commerce Drive', 'Naperville, IL 60563'],
      customerNo: 'OLV-1183',
    },
  ],
}

export const COPPERBROOK: SupplierProfile = {
  key: 'copperbrook',
  name: 'Copperbrook Ridge Supply Co.',
  country: 'US',
  address: ['7720 West Franklin Road', 'Boise, ID 83709'],
  contact: ['(208) 555-0193', 'orders@copperbrookridge.com'],
  legal: [],
  language: 'en',
  labels: {
    invoiceNo: 'Invoice Number',
    invoiceDate: 'Date',
    tax: (rate) => `Idaho Sales Tax ${rate}`,
    total: 'Balance Due',
    vatId: 'Federal Tax ID',
    bank: 'Wire / ACH',
  },
  layout: 'stacked',
  font: 'helvetica',
  pageSize: 'Letter',
  accent: [0.6, 0.3, 0.1],
  dateStyle: 'long-us',
  currency: 'USD',
  money: DOLLAR_US,
  taxRate: 600,
  paymentDays: 15,
  paymentTerms: 'Net 15 days. 1.5% monthly late fee on overdue balances.',
  numbering: (n, year) => `CR-${year}-${n}`,
  firstNumber: 5120,
  purchaseOrder: (n) => `MSD-${4410 + n}`,
  catalogue: items([
    ['PVC-34', 'PVC pipe 3/4 in. Schedule 40, 10 ft', 689, 789, 1, [1200, 2400, 4800]],
    ['CPR-12', 'Copper fitting 1/2 in. elbow, 90 deg', 212, 289, 1, [2500, 5000]],
    ['VLV-BR', 'Brass ball valve 1 in., full port', 1895, 2450, 5, [400, 600]],
    ['SLD-LF', 'Lead-free solder, 1 lb spool', 3190, 3790, 10, [200, 300]],
    ['DLV-LC', 'Local delivery, job site', 4500, 4500, 100, [100]],
  ]),
  receivers: [
    {
      name: 'Maple Street Dental Group',
      lines: ['Facilities Dept.', '310 N. Maple Street', 'Meridian, ID 83642'],
      customerNo: 'C-88104',
    },
  ],
}

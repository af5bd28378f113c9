/**
 * The words each language prints on an invoice. Extractors key on these labels, so they are the
 * ones real invoices use, including the abbreviations (`Rechnungsnr.`, `N° TVA`).
 */
export type Language = 'de' | 'fr' | 'nl' | 'en'

export interface Labels {
  invoice: string
  invoiceNo: string
  invoiceDate: string
  dueDate: string
  purchaseOrder: string
  customerNo: string
  billTo: string
  position: string
  code: string
  description: string
  quantity: string
  unitPrice: string
  taxRate: string
  amount: string
  net: string
  /** Receives the printed rate, e.g. `zzgl. 19 % USt`. */
  tax: (rate: string) => string
  total: string
  terms: string
  bank: string
  vatId: string
  page: (n: number, of: number) => string
  carriedForward: string
  broughtForward: string
  thanks: string
  phone: string
  /** Salutation and lead-in above the items, as business letters have. */
  intro: readonly string[]
}

export const LABELS: Record<Language, Labels> = {
  de: {
    invoice: 'Rechnung',
    invoiceNo: 'Rechnungsnr.',
    invoiceDate: 'Rechnungsdatum',
    dueDate: 'Fällig am',
    purchaseOrder: 'Ihre Bestellung',
    customerNo: 'Kundennr.',
    billTo: 'Rechnungsempfänger',
    position: 'Pos.',
    code: 'Art.-Nr.',
    description: 'Bezeichnung',
    quantity: 'Menge',
    unitPrice: 'Einzelpreis',
    taxRate: 'USt.',
    amount: 'Gesamt',
    net: 'Nettobetrag',
    tax: (rate) => `zzgl. ${rate} USt.`,
    total: 'Rechnungsbetrag',
    terms: 'Zahlungsbedingungen',
    bank: 'Bankverbindung',
    vatId: 'USt-IdNr.',
    page: (n, of) => `Seite ${n} von ${of}`,
    carriedForward: 'Zwischensumme (Übertrag)',
    broughtForward: 'Übertrag von Seite',
    thanks: 'Vielen Dank für Ihren Auftrag.',
    phone: 'Tel.',
    intro: [
      'Sehr geehrte Damen und Herren,',
      'für unsere Lieferungen und Leistungen erlauben wir uns, Ihnen Folgendes zu berechnen:',
    ],
  },
  fr: {
    invoice: 'Facture',
    invoiceNo: 'Facture N°',
    invoiceDate: 'Date de facture',
    dueDate: "Date d'échéance",
    purchaseOrder: 'Votre commande',
    customerNo: 'Code client',
    billTo: 'Facturé à',
    position: 'N°',
    code: 'Réf.',
    description: 'Désignation',
    quantity: 'Qté',
    unitPrice: 'Prix unitaire HT',
    taxRate: 'TVA',
    amount: 'Montant HT',
    net: 'Total HT',
    tax: (rate) => `TVA ${rate}`,
    total: 'Total TTC',
    terms: 'Conditions de paiement',
    bank: 'Coordonnées bancaires',
    vatId: 'N° TVA intracom.',
    page: (n, of) => `Page ${n}/${of}`,
    carriedForward: 'À reporter',
    broughtForward: 'Report',
    thanks: 'Merci de votre confiance.',
    phone: 'Tél.',
    intro: ['Madame, Monsieur,', 'veuillez trouver ci-dessous le détail de notre facturation :'],
  },
  nl: {
    invoice: 'Factuur',
    invoiceNo: 'Factuurnummer',
    invoiceDate: 'Factuurdatum',
    dueDate: 'Vervaldatum',
    purchaseOrder: 'Uw ordernummer',
    customerNo: 'Klantnummer',
    billTo: 'Factuuradres',
    position: 'Nr.',
    code: 'Artikel',
    description: 'Omschrijving',
    quantity: 'Aantal',
    unitPrice: 'Prijs',
    taxRate: 'BTW',
    amount: 'Bedrag',
    net: 'Subtotaal excl. BTW',
    tax: (rate) => `BTW ${rate}`,
    total: 'Totaal incl. BTW',
    terms: 'Betalingsvoorwaarden',
    bank: 'Bankgegevens',
    vatId: 'BTW-nr.',
    page: (n, of) => `Pagina ${n} van ${of}`,
    carriedForward: 'Transport',
    broughtForward: 'Transport van pagina',
    thanks: 'Bedankt voor uw bestelling.',
    phone: 'Tel.',
    intro: ['Geachte heer, mevrouw,', 'Hierbij brengen wij u het volgende in rekening:'],
  },
  en: {
    invoice: 'Invoice',
    invoiceNo: 'Invoice No.',
    invoiceDate: 'Invoice Date',
    dueDate: 'Due Date',
    purchaseOrder: 'PO Number',
    customerNo: 'Customer ID',
    billTo: 'Bill To',
    position: '#',
    code: 'SKU',
    description: 'Description',
    quantity: 'Qty',
    unitPrice: 'Unit Price',
    taxRate: 'Tax',
    amount: 'Amount',
    net: 'Subtotal',
    tax: (rate) => `VAT ${rate}`,
    total: 'Total Due',
    terms: 'Payment Terms',
    bank: 'Bank Details',
    vatId: 'VAT Reg. No.',
    page: (n, of) => `Page ${n} of ${of}`,
    carriedForward: 'Carried forward',
    broughtForward: 'Brought forward from page',
    thanks: 'Thank you for your business.',
    phone: 'Tel',
    intro: ['Dear Sir or Madam,', 'Please find below our charges for goods and services supplied:'],
  },
}

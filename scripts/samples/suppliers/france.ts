/** French suppliers: `3 avril 2025` or `03/04/2025`, `1 234,56 €`, TVA 20 %. */
import type { SupplierProfile } from '../model'
import { items } from './items'
import { EURO_DE, EURO_FR } from './styles'

export const BRUMEVAL: SupplierProfile = {
  key: 'brumeval',
  name: 'Atelier Brumeval SARL',
  country: 'FR',
  address: ['14, quai de la Fosse', '44000 Nantes', 'France'],
  contact: ['Tél. 02 40 71 38 90', 'compta@atelier-brumeval.fr'],
  legal: ['SARL au capital de 12 000 €', 'RCS Nantes, APE 7410Z'],
  language: 'fr',
  layout: 'stacked',
  font: 'helvetica',
  pageSize: 'A4',
  accent: [0.55, 0.2, 0.45],
  dateStyle: 'long-fr',
  currency: 'EUR',
  money: EURO_FR,
  taxRate: 2000,
  paymentDays: 30,
  paymentTerms: 'Paiement à 30 jours date de facture, par virement bancaire.',
  numbering: (n, year) => `F${year}-${String(n).padStart(5, '0')}`,
  firstNumber: 218,
  purchaseOrder: (n) => `BC-2025-${String(310 + n * 3).padStart(4, '0')}`,
  catalogue: items([
    ['CG-01', 'Création graphique, charte et déclinaisons', 45000, 120000, 500, [100]],
    ['IMP-A5', 'Impression flyers A5 recto-verso, lot de 500', 8900, 14500, 100, [100, 200, 400]],
    ['IMP-AFF', 'Affiches A2 couché brillant 170 g', 1250, 1890, 10, [1000, 2500, 5000]],
    ['PH-J', 'Séance photo produit, demi-journée', 38000, 42000, 1000, [100, 200]],
    ['MAQ', 'Mise en page catalogue, par page', 6500, 8500, 500, [800, 1200, 1600]],
    ['LIV', 'Livraison et conditionnement', 2500, 4500, 100, [100]],
    ['RET', 'Retouche photo, par visuel', 1800, 2600, 100, [500, 1000, 1500]],
  ]),
  receivers: [
    {
      name: 'Société Coopérative des Trois Vallées',
      lines: ['Service comptabilité', '2, route de Clisson', '44190 Gorges'],
      customerNo: 'C0427',
    },
    {
      name: 'Cabinet Marchetti & Associés',
      lines: ['38, rue Crébillon', '44000 Nantes'],
      customerNo: 'C0512',
    },
  ],
}

export const LEMOINARD: SupplierProfile = {
  key: 'lemoinard',
  name: 'Transports Lemoinard SAS',
  country: 'FR',
  address: ['ZI des Gaulnes, 8 allée du Fret', '69150 Décines-Charpieu'],
  contact: ['Tél. 04 78 49 20 00', 'facturation@lemoinard-transports.fr'],
  legal: ['SAS au capital de 250 000 €', 'RCS Lyon, licence de transport n° 2019/84/0003127'],
  language: 'fr',
  labels: {
    invoiceNo: 'N° de facture',
    total: 'Net à payer',
    unitPrice: 'PU HT',
    amount: 'Montant',
  },
  layout: 'ledger',
  font: 'courier',
  pageSize: 'A4',
  accent: [0.15, 0.35, 0.2],
  dateStyle: 'dmy-slash',
  currency: 'EUR',
  money: EURO_DE,
  taxRate: 2000,
  paymentDays: 45,
  paymentTerms: 'Règlement à 45 jours fin de mois par virement.',
  numbering: (n, year) => `TL${year % 100}${String(n).padStart(6, '0')}`,
  firstNumber: 7731,
  purchaseOrder: (n) => `OT-${88120 + n}`,
  catalogue: items([
    ['', 'Transport Lyon - Grenoble, semi-remorque complète', 38000, 46000, 500, [100, 200]],
    ['', 'Transport Lyon - Marseille, messagerie 6 palettes', 52000, 61000, 500, [100]],
    ['', 'Manutention hayon, par palette', 1200, 1500, 50, [600, 1200]],
    ['', 'Surcharge gazole indexée', 3100, 4800, 10, [100]],
    ['', 'Attente au chargement, par heure', 4500, 4500, 100, [100, 200, 300]],
    ['', 'Stockage palette, par jour', 150, 220, 10, [1000, 2000]],
  ]),
  receivers: [
    {
      name: 'Distrivin Rhône-Alpes SA',
      lines: ['Service fournisseurs', '112, avenue Jean Jaurès', '69007 Lyon'],
      customerNo: 'DRA-044',
    },
  ],
}

import type { LineItemKey } from '../../../shared/fields'

/** What a table column holds: an item cell, the position number, or something not read. */
export type ColumnKey = LineItemKey | 'position' | 'other'

/**
 * Column headers in EN, DE, FR, NL, ES and IT, folded (lower case, no accents), as single words
 * or word pairs ("unit price"). Article-number headers vary too much for a list: a pattern.
 */
const WORDS: Record<ColumnKey, readonly string[]> = {
  position: ['pos', 'position', 'posnr', 'pos nr', 'lfd', 'lfd nr', 'nr', 'no', '#', 'n°', 'zeile', 'line', 'ln'],
  product_code: [
    'sku', 'code', 'ref', 'reference', 'artnr', 'artikelcode', 'referentie', 'codice', 'codigo',
    'item code', 'item no', 'item number', 'product code', 'product no', 'product id', 'part no',
    'part number', 'code article',
  ],
  description: [
    'description', 'beschreibung', 'bezeichnung', 'artikelbezeichnung', 'leistungsbeschreibung',
    'designation', 'libelle', 'omschrijving', 'descripcion', 'concepto', 'descrizione', 'particulars',
    // weak names: see WEAK_DESCRIPTION
    'artikel', 'product', 'produkt', 'produit', 'item', 'items', 'service', 'services', 'title',
    'leistung', 'charge', 'details',
  ],
  quantity: [
    'qty', 'quantity', 'menge', 'anzahl', 'quantite', 'qte', 'aantal', 'hoeveelheid', 'cantidad',
    'cant', 'quantita', 'qta', 'units', 'nombre', 'stk', 'stuck', 'hours', 'hrs', 'std',
  ],
  unit_price: [
    'unit', 'unit price', 'unit cost', 'price', 'rate', 'preis', 'einzelpreis', 'e-preis',
    'stuckpreis', 'nettopreis', 'vk-preis', 'ep', 'prix', 'prix unitaire', 'pu', 'p.u', 'prijs',
    'stukprijs', 'eenheidsprijs', 'precio', 'precio unitario', 'prezzo', 'prezzo unitario',
  ],
  amount: [
    'amount', 'line total', 'total', 'subtotal', 'net amount', 'betrag', 'gesamt', 'gesamtpreis',
    'summe', 'zeilenbetrag', 'entgelt', 'netto', 'montant', 'bedrag', 'totaal', 'importe', 'importo',
  ],
  tax_rate: [
    'vat', 'tax', 'taxes', 'mwst', 'ust', 'tva', 'btw', 'iva', 'gst', 'steuer', 'steuersatz',
    'ust-satz', 'mwst-satz', 'tax rate', 'vat rate', 'taux', 'taux tva',
  ],
  // columns read by nobody, named so that their numbers are not taken for a neighbour's
  other: [
    'rabatt', 'discount', 'disc', 'remise', 'korting', 'sconto', 'descuento', 'einheit', 'unite',
    'uom', 'me', 'period', 'date', 'datum', 'adjustment(s)', 'adjustment', 'adjustments',
    'tax amount', 'vat amount', 'mwst-betrag', 'ust-betrag',
  ],
}

const ARTICLE_NUMBER = /^(?:art(?:ikel)?|bestell)[ .-]*(?:nr|no|nummer)(?:[ .-]*(?:kunde|lief|lieferant))?$/

/** Names that say "description" only when no plainer one stands beside them ("Artikel  Omschrijving"). */
export const WEAK_DESCRIPTION = new Set(WORDS.description.slice(WORDS.description.indexOf('artikel')))

const BY_WORD = new Map<string, ColumnKey>(
  (Object.entries(WORDS) as [ColumnKey, readonly string[]][]).flatMap(([key, words]) =>
    words.map((w) => [w, key] as const),
  ),
)

/** The column a folded header text names, or null. */
export function columnNamed(text: string): ColumnKey | null {
  if (ARTICLE_NUMBER.test(text)) return 'product_code'
  return BY_WORD.get(text) ?? null
}

import type { HeaderFieldKey } from '../../shared/fields'

/**
 * Label lexicon per field in EN, DE, FR, NL, ES, IT, as regex sources over folded text (lower
 * case, no accents). `strength` is how sure a label alone makes us: "Invoice No" is explicit,
 * a bare "Total" or "Date" is not.
 */
export interface LabelDef {
  field: HeaderFieldKey
  source: string
  strength: number
}

const NO = String.raw`(?:\s*(?:no\.?|nr\.?|n°|n°\.?|no°|n\.|n\.?º|#|number|nummer|numero|num\.?|id)\b\.?)`

export const LABELS: readonly LabelDef[] = [
  // invoice id
  { field: 'invoice_id', source: String.raw`invoice\s*(?:number|no\.?|nr\.?|num(?:ber)?|#|id)`, strength: 1 },
  { field: 'invoice_id', source: String.raw`rechnungs?\s*-?\s*(?:nummer|nr\.?|no\.?)`, strength: 1 },
  { field: 'invoice_id', source: String.raw`(?:facture|fact\.?)${NO}`, strength: 1 },
  { field: 'invoice_id', source: String.raw`factuur\s*(?:nummer|nr\.?|no\.?)`, strength: 1 },
  { field: 'invoice_id', source: String.raw`(?:numero|num\.?|n\.?º|no\.?)\s*(?:de\s*)?factura`, strength: 1 },
  { field: 'invoice_id', source: String.raw`factura${NO}`, strength: 0.9 },
  { field: 'invoice_id', source: String.raw`fattura${NO}|numero\s*(?:di\s*)?fattura`, strength: 1 },
  { field: 'invoice_id', source: String.raw`(?:bill|receipt|document|doc|beleg|inv)\s*(?:no\.?|nr\.?|number|#)`, strength: 0.7 },
  { field: 'invoice_id', source: String.raw`invoice|(?:handels|schluss|teil|abschlags|selbstab)?rechnung|facture|factuur|fattura|factura`, strength: 0.4 },
  { field: 'invoice_id', source: String.raw`invoice(?=\s*[:#]?\s*[a-z]*\d)`, strength: 0.6 },
  { field: 'invoice_id', source: String.raw`factuur(?=\s*$)`, strength: 0.5 },
  { field: 'invoice_id', source: String.raw`booking\s*id|cash\s*bill|(?<=^\s*)#(?=\s*[\p{L}\d_-]*\d)`, strength: 0.5 },
  // invoice date
  { field: 'invoice_date', source: String.raw`invoice\s*date|date\s*(?:of\s*)?(?:issue|issued)|billing\s*date|bill\s*date`, strength: 1 },
  { field: 'invoice_date', source: String.raw`rechnungs\s*-?\s*datum|belegdatum`, strength: 1 },
  { field: 'invoice_date', source: String.raw`date\s*(?:de\s*)?(?:la\s*)?facture|date\s*d'?emission`, strength: 1 },
  { field: 'invoice_date', source: String.raw`factuur\s*datum|factuurdatum`, strength: 1 },
  { field: 'invoice_date', source: String.raw`fecha\s*(?:de\s*)?(?:la\s*)?(?:factura|emision)|data\s*(?:della\s*)?fattura`, strength: 1 },
  { field: 'invoice_date', source: String.raw`\bdate\b|\bdatum\b|\bfecha\b|\bdata\b|\bvom\b|\bdu\b`, strength: 0.5 },
  // due date
  { field: 'due_date', source: String.raw`due\s*date|date\s*due|payment\s*due|due\s*(?:on|by)?(?=\s*[a-z]*\s*\d)|pay\s*by`, strength: 1 },
  { field: 'due_date', source: String.raw`falligkeit(?:sdatum)?|fallig\s*(?:am|bis)?|zahlungsziel|zahlbar\s*bis`, strength: 1 },
  { field: 'due_date', source: String.raw`(?:date\s*d'?\s*)?echeance|date\s*limite(?:\s*de\s*paiement)?|a\s*payer\s*avant`, strength: 1 },
  { field: 'due_date', source: String.raw`vervaldatum|vervaldag|uiterste\s*betaaldatum`, strength: 1 },
  { field: 'due_date', source: String.raw`(?:fecha\s*de\s*)?vencimiento|scadenza`, strength: 1 },
  // totals
  { field: 'total_amount', source: String.raw`grand\s*total|total\s*(?:amount\s*)?(?:due|payable|paid|to\s*pay)|amount\s*(?:due|payable|paid)|balance\s*due|invoice\s*(?:total|amount)|total\s*amount|total\s*for\s*this\s*invoice|total\s*rounded|total\s*(?:incl|inc)`, strength: 1 },
  { field: 'total_amount', source: String.raw`gesamtbetrag|rechnungsbetrag|endbetrag|bruttosumme|summe\s*brutto|gesamtsumme|zahlbetrag|zu\s*zahlen|brutto`, strength: 1 },
  { field: 'total_amount', source: String.raw`total\s*ttc|montant\s*ttc|net\s*a\s*payer|somme\s*a\s*payer|montant\s*total|total\s*a\s*payer`, strength: 1 },
  { field: 'total_amount', source: String.raw`totaal(?:bedrag)?(?:\s*incl)?|te\s*betalen|factuur\s*totaal|totaalbedrag`, strength: 0.9 },
  { field: 'total_amount', source: String.raw`importe\s*total|total\s*a\s*pagar|totale(?:\s*fattura|\s*documento)?|importo\s*totale`, strength: 1 },
  { field: 'total_amount', source: String.raw`\btotal\b|\bsumme\b|\bgesamt\b`, strength: 0.6 },
  // net
  { field: 'net_amount', source: String.raw`sub\s*-?\s*total|net\s*(?:amount|total)|total\s*(?:net|excl\.?|ex\.?|excluding|before)(?:\s*(?:tax|vat|gst))?|amount\s*(?:excl|before)|\bnet\b(?!\s*\d+\s*days)`, strength: 1 },
  { field: 'net_amount', source: String.raw`netto(?:betrag|summe)?|gesamtnetto|zwischensumme|summe\s*netto|rechnungssumme\s*ohne|warenwert|positionssumme`, strength: 1 },
  { field: 'net_amount', source: String.raw`total\s*ht|montant\s*ht|\bht\b|sous\s*-?\s*total`, strength: 1 },
  { field: 'net_amount', source: String.raw`exclusief\s*btw|excl\.?\s*btw|subtotaal|totaal\s*excl|grondslag`, strength: 1 },
  { field: 'net_amount', source: String.raw`base\s*imponible|imponibile|subtotale`, strength: 1 },
  { field: 'net_amount', source: String.raw`total\s*sales\s*\(?excl`, strength: 1 },
  // tax
  { field: 'total_tax_amount', source: String.raw`(?:total\s*)?(?:vat|tax|gst|sales\s*tax)(?:\s*amount|\s*total)?|steuerbetrag|mwst\.?|ust\.?(?:-?betrag)?|umsatzsteuer|mehrwertsteuer`, strength: 0.9 },
  { field: 'total_tax_amount', source: String.raw`(?:montant\s*)?tva|btw(?:\s*bedrag)?|\biva\b|impuesto|imposta`, strength: 0.9 },
  // "zzgl. 19 % USt.", "plus 20 % VAT": the rate after "plus" introduces the tax line
  { field: 'total_tax_amount', source: String.raw`(?:zzgl\.?|zuzuglich|plus|\+)(?=\s*\d{1,2}(?:[.,]\d{1,2})?\s*%)`, strength: 0.8 },
  // currency
  { field: 'currency', source: String.raw`currency|wahrung|devise|valuta|moneda`, strength: 1 },
  // tax id
  { field: 'supplier_tax_id', source: String.raw`vat\s*(?:reg(?:istration)?\.?\s*)?(?:no\.?|number|id|#)?|tax\s*id|gst\s*(?:id|no|reg)|abn|tin|ein|fein|federal\s*tax\s*id`, strength: 1 },
  { field: 'supplier_tax_id', source: String.raw`ust\.?\s*-?\s*id\.?\s*-?\s*(?:nr\.?)?|ustid(?:nr)?|umsatzsteuer\s*-?\s*id|mwst\s*-?\s*nr|steuernummer`, strength: 1 },
  { field: 'supplier_tax_id', source: String.raw`(?:n°\s*(?:de\s*)?)?tva(?:\s*intra\s*-?\s*communautaire)?|btw\s*-?\s*(?:nummer|nr\.?|id)?`, strength: 1 },
  { field: 'supplier_tax_id', source: String.raw`(?:nif|cif|partita\s*iva|p\.?\s*iva)`, strength: 1 },
  // iban
  { field: 'supplier_iban', source: String.raw`iban|bank\s*account|account\s*(?:no|number)|kontonummer|rekeningnummer|compte`, strength: 1 },
  // parties
  { field: 'receiver_name', source: String.raw`bill(?:ed)?\s*to|invoice\s*to|sold\s*to|customer|client|kunde|kaufer|rechnungsempfanger|empfanger|facture\s*a|factuuradres|klant|destinatario|cliente|billing\s*(?:address|contact)|guest\s*name`, strength: 1 },
  { field: 'receiver_name', source: String.raw`ship\s*to|deliver\s*to|shipping\s*address|lieferadresse|lieferanschrift|afleveradres|adresse\s*de\s*livraison`, strength: 0.5 },
  { field: 'supplier_name', source: String.raw`(?<=^\s*)(?:sold\s*by|from(?=\s*:)|verkaufer|lieferant|seller|supplier|vendor|fournisseur|vendeur|leverancier|proveedor|fornitore|service\s*provider)`, strength: 1 },
  { field: 'supplier_name', source: String.raw`(?:titulaire\s*du\s*compte|account\s*(?:holder|name)|kontoinhaber|rekeninghouder|begunstigde|payee|beneficiary|beneficiaire|zahlungsempfanger)(?=\s*:)`, strength: 0.8 },
  // references
  { field: 'purchase_order', source: String.raw`p\.?o\.?\s*(?:number|no\.?|#)|purchase\s*order|bestell(?:nummer|ung)|bon\s*de\s*commande|inkooporder|pedido|ordine`, strength: 1 },
  // "Votre commande", "Your order no.", "Uw bestelling": the buyer's own order reference
  { field: 'purchase_order', source: String.raw`(?:votre|your|uw|ihr|ihre)\s*(?:commande|order|bestelling|auftrag)(?:\s*(?:no\.?|nr\.?|n°|number|ref\.?))?|(?:n°\s*de\s*)?commande\s*(?:client|n°)|order\s*(?:no\.?|number|ref(?:erence)?)|bestelnummer|ordernummer|bestel(?:ling)?referentie`, strength: 0.9 },
  { field: 'payment_terms', source: String.raw`payment\s*terms|terms|zahlungsbedingungen|conditions\s*de\s*(?:paiement|reglement)|betalingstermijn|betalingsvoorwaarden|condiciones\s*de\s*pago|termini\s*di\s*pagamento`, strength: 1 },
]

export interface LabelHit {
  def: LabelDef
  start: number
  end: number
}

const COMPILED = LABELS.map((def) => ({
  def,
  re: new RegExp(String.raw`(?<![\p{L}\d_])(?:${def.source})(?![\p{L}\d_])\s*[:#.\-–—]?`, 'gu'),
}))

/**
 * All label hits in a folded line; a longer hit hides shorter hits inside it. `columnGaps` are the
 * offsets of the spaces that stand for a wide gap between the line's words: no label spans one, so
 * a header row "Date      Due date" yields "date" and "due date", never "date due".
 */
export function findLabels(folded: string, columnGaps: readonly number[] = []): LabelHit[] {
  const hits: LabelHit[] = []
  for (const { def, re } of COMPILED) {
    re.lastIndex = 0
    for (let m = re.exec(folded); m; m = re.exec(folded)) {
      const labelEnd = m.index + m[0].replace(/[\s:#.\-–—]+$/u, '').length
      if (columnGaps.some((gap) => gap > m!.index && gap < labelEnd)) {
        // a shorter label may start inside this one ("date due date": "due date")
        re.lastIndex = m.index + 1
        continue
      }
      if (m[0] === '') re.lastIndex++
      else if (m[0].trim() !== '') hits.push({ def, start: m.index, end: m.index + m[0].length })
    }
  }
  hits.sort((a, b) => b.end - b.start - (a.end - a.start))
  const kept: LabelHit[] = []
  for (const hit of hits) {
    const inside = kept.some(
      (k) => hit.start >= k.start && hit.end <= k.end && hit.end - hit.start < k.end - k.start,
    )
    const same = kept.some(
      (k) => hit.start < k.end && hit.end > k.start && k.def.field === hit.def.field,
    )
    if (!inside && !same && !inParentheses(folded, hit.start)) kept.push(hit)
  }
  return kept.sort((a, b) => a.start - b.start)
}

/** "Zwischensumme (zzgl. MwSt.)": words in brackets qualify a label, they are not labels. */
function inParentheses(text: string, index: number): boolean {
  const before = text.slice(0, index)
  return before.lastIndexOf('(') > before.lastIndexOf(')')
}

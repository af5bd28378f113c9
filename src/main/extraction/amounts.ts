import Decimal from 'decimal.js'
import type { Ranked } from './rank'

export interface AmountChoice {
  total?: Ranked
  net?: Ranked
  tax?: Ranked
  /** net + tax = total held for the chosen values. */
  consistent: boolean
}

const TOP = 8
const AGREEMENT_BONUS = 2

/**
 * Picks total, net and tax together. Each has its own label evidence, but the arithmetic
 * net + tax = total is much stronger evidence than any one label: a triple that adds up wins
 * over separately better-labelled values, as long as at least two of the three carry a label.
 */
export function chooseAmounts(totals: Ranked[], nets: Ranked[], taxes: Ranked[]): AmountChoice {
  const t = totals.filter((r) => !r.value.startsWith('-') && !isZero(r.value)).slice(0, TOP)
  const n = nets.filter((r) => !r.value.startsWith('-')).slice(0, TOP)
  const x = taxes.filter((r) => !r.value.startsWith('-')).slice(0, TOP)
  let best: AmountChoice & { score: number } = {
    total: t[0],
    net: undefined,
    tax: undefined,
    consistent: false,
    score: t[0]?.score ?? 0,
  }
  for (const total of t) {
    for (const net of [undefined, ...n]) {
      for (const tax of [undefined, ...x]) {
        const labelled = [total, net, tax].filter((r) => r && r.best.label >= 0.5).length
        const consistent =
          net !== undefined &&
          tax !== undefined &&
          new Decimal(net.value).plus(tax.value).equals(total.value) &&
          labelled >= 2
        // a net or tax without a label only counts when the arithmetic backs it
        const netScore = net ? (net.best.label >= 0.5 || consistent ? net.score : -1) : 0
        const taxScore = tax ? (tax.best.label >= 0.5 || consistent ? tax.score : -1) : 0
        if (net && new Decimal(net.value).greaterThan(total.value)) continue
        const taxTooBig = tax && new Decimal(tax.value).greaterThanOrEqualTo(total.value)
        if (taxTooBig && !isZero(total.value)) continue
        const score = total.score + netScore + taxScore + (consistent ? AGREEMENT_BONUS : 0)
        if (score > best.score) best = { total, net, tax, consistent, score }
      }
    }
  }
  return best
}

function isZero(value: string): boolean {
  return new Decimal(value).isZero()
}

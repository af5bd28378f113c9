import { FOUR_EYES_OFF } from '../../../../shared/settings'
import type { FourEyes } from '../../../../shared/settings'

/** The four-eyes rule as typed: the amount and the sample share (in %) stay text until saved. */
export interface FourEyesValues {
  enabled: boolean
  amountOver: string
  samplePercent: string
}

export function toFourEyesValues(rule: FourEyes | undefined): FourEyesValues {
  const { enabled, amountOver, sampleShare } = rule ?? FOUR_EYES_OFF
  return {
    enabled,
    amountOver: amountOver === null ? '' : String(amountOver),
    samplePercent: String(Math.round(sampleShare * 1000) / 10),
  }
}

export function fromFourEyesValues(
  values: FourEyesValues,
): { ok: true; rule: FourEyes } | { ok: false; error: string } {
  const amountText = values.amountOver.trim()
  const amountOver = amountText === '' ? null : Number(amountText)
  if (amountOver !== null && (!Number.isFinite(amountOver) || amountOver < 0)) {
    return { ok: false, error: 'Enter the amount as a number, or leave it empty.' }
  }
  const percentText = values.samplePercent.trim()
  const percent = percentText === '' ? 0 : Number(percentText)
  if (!Number.isFinite(percent) || percent < 0 || percent > 100) {
    return { ok: false, error: 'Enter the sample as a percentage from 0 to 100.' }
  }
  if (values.enabled && amountOver === null && percent === 0) {
    return { ok: false, error: 'Set an amount or a sample share, or switch the rule off.' }
  }
  return { ok: true, rule: { enabled: values.enabled, amountOver, sampleShare: percent / 100 } }
}

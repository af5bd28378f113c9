/** The layouts by id; a supplier names the one it prints with. */
import type { LayoutId } from '../model'
import { classicLayout } from './classic'
import type { Layout } from './context'
import { ledgerLayout } from './ledger'
import { modernLayout } from './modern'
import { stackedLayout } from './stacked'

export const LAYOUTS: Record<LayoutId, Layout> = {
  classic: classicLayout,
  stacked: stackedLayout,
  ledger: ledgerLayout,
  modern: modernLayout,
}

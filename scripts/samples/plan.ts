/**
 * The bundled samples: which supplier, in what form, on what day. Fixed by hand so the set covers
 * every layout, date and number style, language and file kind; the items are drawn from the seed.
 */
import { buildInvoice } from './build'
import type { CalendarDate } from './dates'
import type { Invoice, SampleKind } from './model'
import { createRng } from './random'
import { supplierByKey } from './suppliers'

interface PlannedSample {
  file: string
  kind: SampleKind
  supplier: string
  issued: CalendarDate
  lineCount: number
  withPurchaseOrder: boolean
  note: string
}

const TEXT = 'text PDF; truth exact by construction'
const SCAN = 'scanned image, no text layer; OCR needed; truth exact by construction'

const PLAN: readonly PlannedSample[] = [
  sample('01-kranichsteg-feinmechanik.pdf', 'text-pdf', 'kranichsteg', [2025, 4, 3], 4, true, TEXT),
  sample('02-atelier-brumeval.pdf', 'text-pdf', 'brumeval', [2025, 3, 17], 3, true, TEXT),
  sample('03-ploegsma-velders.pdf', 'text-pdf', 'ploegsma', [2025, 4, 30], 5, false, TEXT),
  sample('04-harrowmere-print.pdf', 'text-pdf', 'harrowmere', [2025, 2, 3], 4, true, TEXT),
  sample('05-bluefen-analytics.pdf', 'text-pdf', 'bluefen', [2025, 4, 3], 3, true, TEXT),
  sample(
    '06-quellmoor-buerobedarf.pdf',
    'text-pdf',
    'quellmoor',
    [2025, 3, 12],
    26,
    true,
    'text PDF, 2 pages: items continue on page 2, totals on page 2; truth exact by construction',
  ),
  sample('07-transports-lemoinard-scan.pdf', 'scan-pdf', 'lemoinard', [2025, 1, 9], 4, true, SCAN),
  sample('08-copperbrook-ridge.png', 'png', 'copperbrook', [2025, 5, 22], 4, true, SCAN),
  sample('09-elbwiesen-elektro.jpg', 'jpeg', 'elbwiesen', [2025, 6, 2], 5, false, SCAN),
]

export function planSamples(seed: number): Invoice[] {
  return PLAN.map((planned, serial) =>
    buildInvoice(
      {
        file: planned.file,
        kind: planned.kind,
        supplier: supplierByKey(planned.supplier),
        serial,
        issued: planned.issued,
        lineCount: planned.lineCount,
        withPurchaseOrder: planned.withPurchaseOrder,
        note: planned.note,
      },
      createRng(seed).fork(planned.file),
    ),
  )
}

function sample(
  file: string,
  kind: SampleKind,
  supplier: string,
  [year, month, day]: [number, number, number],
  lineCount: number,
  withPurchaseOrder: boolean,
  note: string,
): PlannedSample {
  return { file, kind, supplier, issued: { year, month, day }, lineCount, withPurchaseOrder, note }
}

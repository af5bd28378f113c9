import type { ExportSummary } from '../../shared/exports'
import type { ParsedRequestOf } from '../../shared/ipc/contract'
import { exportTrainingSet } from '../export/exportTrainingSet'
import { parseSplit } from '../export/split'
import type { ServiceContext } from './context'

/** One export at a time from the app; starting another cancels the one running. */
export function createExportService(ctx: ServiceContext) {
  let running: AbortController | null = null
  return {
    async start(req: ParsedRequestOf<'exportTrainingSet'>): Promise<ExportSummary> {
      running?.abort()
      const controller = (running = new AbortController())
      try {
        return await exportTrainingSet(ctx.db, {
          format: req.format,
          outDir: req.outDir,
          filesDir: ctx.filesDir,
          filter: { statuses: req.statuses, from: req.from, to: req.to, dateBasis: req.dateBasis, supplier: req.supplier },
          split: parseSplit(req.split.join(',')),
          dpi: req.dpi,
          images: req.images,
          dropPersonal: req.dropPersonal,
          force: req.force,
          appVersion: ctx.appVersion,
          signal: controller.signal,
          onProgress: (progress) => ctx.events.emit('exportProgress', progress),
        })
      } finally {
        if (running === controller) running = null
      }
    },
    cancel(): { cancelled: boolean } {
      const controller = running
      controller?.abort()
      return { cancelled: controller !== null }
    },
  }
}

/**
 * Writes one invoice in its kind: a text PDF as printed, or a scan of the printout as an
 * image-only PDF, a PNG or a JPEG (no text layer in any of them, so only OCR can read them).
 */
import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import { PDFDocument } from 'pdf-lib'
import sharp from 'sharp'
import type { Invoice } from './model'
import type { Rng } from './random'
import { rasterizePage } from './rasterize'
import { renderInvoicePdf, setFixedMetadata } from './render-pdf'
import { degrade } from './scan'

/** Scan resolution per kind: inside 150–200 dpi and small enough for the ~3 MB budget. */
const SCAN_DPI = { 'scan-pdf': 150, png: 150, jpeg: 180 } as const

export async function writeSample(invoice: Invoice, outDir: string, rng: Rng): Promise<void> {
  const pdf = await renderInvoicePdf(invoice)
  const target = path.join(outDir, invoice.file)
  if (invoice.kind === 'text-pdf') {
    await writeFile(target, pdf)
    return
  }
  const dpi = SCAN_DPI[invoice.kind]
  const raster = await rasterizePage(pdf, 1, dpi)
  const angle = (rng.next() * 2 - 1) * 1.4
  const colour = invoice.kind === 'jpeg'
  const scanned = await degrade(raster.png, { angle, colour, blur: 0.6 + rng.next() * 0.3 }, rng)
  const image = sharp(scanned.data, {
    raw: { width: scanned.width, height: scanned.height, channels: scanned.channels },
  })
  // Grey stays one channel only without withMetadata (its sRGB profile would force three), so
  // the grey scans carry no dpi; the app measures images in 72-dpi pixels regardless.
  const grey = image.toColourspace('b-w')
  if (invoice.kind === 'png') {
    await writeFile(target, await grey.png({ compressionLevel: 9 }).toBuffer())
  } else if (invoice.kind === 'jpeg') {
    const jpeg = image.withMetadata({ density: dpi }).jpeg({ quality: 72 })
    await writeFile(target, await jpeg.toBuffer())
  } else {
    const jpeg = await grey.jpeg({ quality: 65 }).toBuffer()
    const size = { width: raster.pointWidth, height: raster.pointHeight }
    await writeFile(target, await imageOnlyPdf(jpeg, size, invoice))
  }
}

/** One page the size of the original, the scan drawn over all of it, no text layer. */
async function imageOnlyPdf(
  jpeg: Buffer,
  { width, height }: { width: number; height: number },
  invoice: Invoice,
): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false })
  const image = await doc.embedJpg(jpeg)
  const page = doc.addPage([width, height])
  page.drawImage(image, { x: 0, y: 0, width, height })
  setFixedMetadata(doc, `Scan ${invoice.supplier.name} ${invoice.number}`)
  return doc.save({ useObjectStreams: false })
}

import { describe, expect, it } from 'vitest'
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'
import { groupIban } from './ids'
import { formatMoney } from './money'
import type { Invoice } from './model'
import { planSamples } from './plan'
import { renderInvoicePdf } from './render-pdf'

const textPdfs = planSamples(20250403).filter((invoice) => invoice.kind === 'text-pdf')

async function pagesText(pdf: Uint8Array): Promise<string[]> {
  const doc = await getDocument({ data: new Uint8Array(pdf), verbosity: 0 }).promise
  const pages: string[] = []
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent()
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join('\n'))
  }
  await doc.destroy()
  return pages
}

describe('text PDFs', () => {
  it.each(textPdfs.map((invoice) => [invoice.file, invoice] as const))(
    '%s shows its truth in the text layer',
    async (_, invoice: Invoice) => {
      const pages = await pagesText(await renderInvoicePdf(invoice))
      const text = pages.join('\n')
      const { supplier } = invoice
      expect(text).toContain(invoice.number)
      expect(text).toContain(supplier.name)
      expect(text).toContain(invoice.receiver.name)
      expect(text).toContain(supplier.paymentTerms)
      expect(pages.at(-1)).toContain(formatMoney(invoice.totalCents, supplier.money))
      if (supplier.iban) expect(text).toContain(groupIban(supplier.iban))
      for (const line of invoice.lines) expect(text).toContain(line.description)
    },
  )

  it('continues the items of the long invoice on page 2', async () => {
    const long = textPdfs.find((invoice) => invoice.lines.length > 6)
    expect(long).toBeDefined()
    const pages = await pagesText(await renderInvoicePdf(long!))
    expect(pages).toHaveLength(2)
    expect(pages[1]).toContain(long!.lines.at(-1)!.description)
    expect(pages[0]).not.toContain(long!.lines.at(-1)!.description)
  })

  it('are byte-identical when rendered twice', async () => {
    const [invoice] = textPdfs
    expect(Buffer.from(await renderInvoicePdf(invoice!))).toEqual(
      Buffer.from(await renderInvoicePdf(invoice!)),
    )
  })
})

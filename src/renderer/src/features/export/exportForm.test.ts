import { describe, expect, it } from 'vitest'
import { DEFAULT_EXPORT_FORM, exportFraction, toExportRequest } from './exportForm'

const form = (change: Partial<typeof DEFAULT_EXPORT_FORM>) => ({ ...DEFAULT_EXPORT_FORM, outDir: '/tmp/out', ...change })

describe('the export dialog', () => {
  it('sends the defaults, leaving images to the format', () => {
    expect(toExportRequest(form({}))).toEqual({
      ok: true,
      request: {
        format: 'jsonl',
        outDir: '/tmp/out',
        statuses: ['validated'],
        dateBasis: 'invoice',
        split: [80, 10, 10],
        dpi: 150,
        dropPersonal: false,
        force: false,
      },
    })
  })

  it('sends the filters and options that were set', () => {
    const result = toExportRequest(
      form({ from: '2025-01-01', to: '2025-03-31', supplier: ' Acme ', split: ['90', '10', ''], images: 'off', force: true }),
    )
    expect(result).toMatchObject({
      ok: true,
      request: { from: '2025-01-01', to: '2025-03-31', supplier: 'Acme', split: [90, 10, 0], images: false, force: true },
    })
  })

  it('names every problem before anything is sent', () => {
    const result = toExportRequest(
      form({ outDir: ' ', statuses: [], from: '2025-04-01', to: '2025-03-01', split: ['0', '0', '0'], dpi: '20' }),
    )
    expect(result.ok).toBe(false)
    expect(!result.ok && Object.keys(result.errors).sort()).toEqual(['dates', 'dpi', 'outDir', 'split', 'statuses'])
  })

  it('turns progress into a fraction', () => {
    expect(exportFraction(null)).toBeNull()
    expect(exportFraction({ done: 0, total: 0 })).toBe(0)
    expect(exportFraction({ done: 3, total: 4 })).toBe(0.75)
  })
})

/**
 * A thin drawing layer over pdf-lib with top-left coordinates, the way layouts are designed (and
 * the way FIELDS.md measures bboxes), instead of PDF's bottom-left origin.
 */
import { PDFDocument, PDFFont, PDFPage, StandardFonts, rgb } from 'pdf-lib'

export type FontFamily = 'helvetica' | 'times' | 'courier'
export type FontWeight = 'regular' | 'bold' | 'italic'

export interface TextOptions {
  size?: number
  weight?: FontWeight
  align?: 'left' | 'right' | 'center'
  /** 0 black … 1 white. */
  grey?: number
  color?: Rgb
}

/** Fill and border as grey levels, 0 black … 1 white. */
export interface RectStyle {
  fill?: number
  border?: number
}

export type Rgb = readonly [number, number, number]

export const PAGE_SIZES = { A4: [595.28, 841.89], Letter: [612, 792] } as const
export type PageSize = keyof typeof PAGE_SIZES

const FAMILY_FONTS: Record<FontFamily, Record<FontWeight, StandardFonts>> = {
  helvetica: {
    regular: StandardFonts.Helvetica,
    bold: StandardFonts.HelveticaBold,
    italic: StandardFonts.HelveticaOblique,
  },
  times: {
    regular: StandardFonts.TimesRoman,
    bold: StandardFonts.TimesRomanBold,
    italic: StandardFonts.TimesRomanItalic,
  },
  courier: {
    regular: StandardFonts.Courier,
    bold: StandardFonts.CourierBold,
    italic: StandardFonts.CourierOblique,
  },
}

export class Sheet {
  constructor(
    readonly page: PDFPage,
    private readonly fonts: Record<FontWeight, PDFFont>,
    /** Shifts everything drawn, so one layout yields slightly different documents. */
    private readonly offset: { dx: number; dy: number },
  ) {}

  get width(): number {
    return this.page.getWidth()
  }

  get height(): number {
    return this.page.getHeight()
  }

  /** Draws text with its baseline `y` points below the top edge. */
  text(value: string, x: number, y: number, options: TextOptions = {}): void {
    const size = options.size ?? 9
    const font = this.fonts[options.weight ?? 'regular']
    const width = font.widthOfTextAtSize(value, size)
    const shift = options.align === 'right' ? width : options.align === 'center' ? width / 2 : 0
    const left = x - shift
    this.page.drawText(value, {
      x: left + this.offset.dx,
      y: this.height - y - this.offset.dy,
      size,
      font,
      color: colorOf(options),
    })
  }

  textWidth(value: string, size = 9, weight: FontWeight = 'regular'): number {
    return this.fonts[weight].widthOfTextAtSize(value, size)
  }

  line(x1: number, y1: number, x2: number, y2: number, thickness = 0.5, grey = 0): void {
    const { dx, dy } = this.offset
    this.page.drawLine({
      start: { x: x1 + dx, y: this.height - y1 - dy },
      end: { x: x2 + dx, y: this.height - y2 - dy },
      thickness,
      color: rgb(grey, grey, grey),
    })
  }

  /** A rectangle whose top-left corner is (x, y). */
  rect(x: number, y: number, w: number, h: number, style: RectStyle): void {
    this.page.drawRectangle({
      x: x + this.offset.dx,
      y: this.height - y - h - this.offset.dy,
      width: w,
      height: h,
      ...(style.fill === undefined ? {} : { color: rgb(style.fill, style.fill, style.fill) }),
      ...(style.border === undefined
        ? {}
        : { borderColor: rgb(style.border, style.border, style.border), borderWidth: 0.6 }),
    })
  }

  fillRect(x: number, y: number, w: number, h: number, color: Rgb): void {
    this.page.drawRectangle({
      x: x + this.offset.dx,
      y: this.height - y - h - this.offset.dy,
      width: w,
      height: h,
      color: rgb(...color),
    })
  }
}

/** Owns the PDF document and hands out pages in one font family, all shifted alike. */
export class DocWriter {
  readonly sheets: Sheet[] = []

  private constructor(
    readonly doc: PDFDocument,
    private readonly fonts: Record<FontWeight, PDFFont>,
    private readonly size: PageSize,
    private readonly offset: { dx: number; dy: number },
  ) {}

  static async create(
    doc: PDFDocument,
    family: FontFamily,
    size: PageSize,
    offset: { dx: number; dy: number },
  ): Promise<DocWriter> {
    const names = FAMILY_FONTS[family]
    const fonts = {
      regular: await doc.embedFont(names.regular),
      bold: await doc.embedFont(names.bold),
      italic: await doc.embedFont(names.italic),
    }
    return new DocWriter(doc, fonts, size, offset)
  }

  addSheet(): Sheet {
    const page = this.doc.addPage([...PAGE_SIZES[this.size]])
    const sheet = new Sheet(page, this.fonts, this.offset)
    this.sheets.push(sheet)
    return sheet
  }
}

function colorOf(options: TextOptions) {
  if (options.color) return rgb(...options.color)
  const grey = options.grey ?? 0
  return rgb(grey, grey, grey)
}

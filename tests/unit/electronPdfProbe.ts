import { PDFDocument, PDFName } from 'pdf-lib'

/**
 * A one-page PDF whose only colour is a Separation whose tint transform is a PostScript
 * calculator function (FunctionType 4): the one thing pdf.js compiles with `new Function` when
 * eval is allowed. Painting its page shows whether a pdf.js set-up evaluates code from a file.
 */
export async function postScriptFunctionPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create()
  const page = doc.addPage([200, 200])
  const { context } = doc
  const tint = context.register(
    context.stream('{ dup 0.5 mul exch dup 0.25 mul }', {
      FunctionType: 4,
      Domain: [0, 1],
      Range: [0, 1, 0, 1, 0, 1],
    }),
  )
  const separation = context.obj([PDFName.of('Separation'), PDFName.of('Probe'), PDFName.of('DeviceRGB'), tint])
  page.node.Resources()?.set(PDFName.of('ColorSpace'), context.obj({ CS0: separation }))
  page.node.set(PDFName.of('Contents'), context.register(context.stream('/CS0 cs 0.8 scn 20 20 160 160 re f')))
  return doc.save()
}

/**
 * Runs `body` while recording every `new Function(...)` / `Function(...)` made through the global
 * `Function`, which is how pdf.js (and anything else) compiles code at run time.
 */
export async function recordingFunctionConstructions(body: () => Promise<void>): Promise<string[][]> {
  const original = globalThis.Function
  const made: string[][] = []
  const trap = new Proxy(original, {
    construct(target, args: string[]) {
      made.push(args)
      return Reflect.construct(target, args) as object
    },
    apply(target, thisArg, args: string[]) {
      made.push(args)
      return Reflect.apply(target, thisArg, args) as unknown
    },
  })
  globalThis.Function = trap
  try {
    await body()
  } finally {
    globalThis.Function = original
  }
  return made
}

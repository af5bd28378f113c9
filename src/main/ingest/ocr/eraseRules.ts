import type { GreyImage } from './greyImage'

/**
 * A copy of `image` with its ruling whitened: runs of ink longer than `minRule` pixels, across
 * (horizontal rules) or down (vertical rules). No letter is that long. Tesseract's layout
 * analysis takes a strip of a ruled box for a picture and reads nothing in it, even as one block
 * of text; without the rules it reads the box's words.
 */
export function eraseRules(image: GreyImage, threshold: number, minRule: number): GreyImage {
  const { width, height } = image
  const data = Buffer.from(image.data)
  const isInk = (i: number) => image.data[i]! <= threshold
  const whiten = (i: number) => (data[i] = 255)
  // Rows: pixel k of row y. Columns: pixel k of column x.
  whitenLongRuns(height, width, (y, k) => y * width + k, isInk, minRule, whiten)
  whitenLongRuns(width, height, (x, k) => k * width + x, isInk, minRule, whiten)
  return { data, width, height }
}

/** Along each of `lines` lines of `length` pixels, whitens every run of ink `minRun` long or longer. */
function whitenLongRuns(
  lines: number,
  length: number,
  at: (line: number, k: number) => number,
  isInk: (i: number) => boolean,
  minRun: number,
  whiten: (i: number) => void,
): void {
  for (let line = 0; line < lines; line++) {
    let start = -1
    for (let k = 0; k <= length; k++) {
      const inked = k < length && isInk(at(line, k))
      if (inked && start < 0) start = k
      else if (!inked && start >= 0) {
        if (k - start >= minRun) for (let r = start; r < k; r++) whiten(at(line, r))
        start = -1
      }
    }
  }
}

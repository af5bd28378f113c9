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
  const ink = (i: number) => image.data[i]! <= threshold
  for (let y = 0; y < height; y++) {
    let start = -1
    for (let x = 0; x <= width; x++) {
      const inked = x < width && ink(y * width + x)
      if (inked && start < 0) start = x
      else if (!inked && start >= 0) {
        if (x - start >= minRule) data.fill(255, y * width + start, y * width + x)
        start = -1
      }
    }
  }
  for (let x = 0; x < width; x++) {
    let start = -1
    for (let y = 0; y <= height; y++) {
      const inked = y < height && ink(y * width + x)
      if (inked && start < 0) start = y
      else if (!inked && start >= 0) {
        if (y - start >= minRule) for (let r = start; r < y; r++) data[r * width + x] = 255
        start = -1
      }
    }
  }
  return { data, width, height }
}

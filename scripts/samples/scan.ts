/**
 * Makes a clean page raster look scanned: turned by up to 1.5°, off-white uneven paper, grain, a
 * few specks and a slight blur. Noise comes from the seeded PRNG, never from sharp or the clock.
 */
import sharp from 'sharp'
import type { Rng } from './random'

export interface ScanOptions {
  /** Degrees, |angle| ≤ 1.5. */
  angle: number
  /** Colour keeps a warm paper tint (a phone photo); grey is a flatbed scan. */
  colour: boolean
  /** Gaussian blur sigma, ~0.5–1. */
  blur: number
}

/** Returns raw pixels (1 or 3 channels) of the degraded page, same size as the input. */
export async function degrade(
  png: Buffer,
  options: ScanOptions,
  rng: Rng,
): Promise<{ data: Buffer; width: number; height: number; channels: 1 | 3 }> {
  if (Math.abs(options.angle) > 1.5) throw new Error('scans are turned by at most 1.5°')
  const channels = options.colour ? 3 : 1
  const meta = await sharp(png).metadata()
  const width = meta.width
  const height = meta.height
  const turned = await sharp(png)
    .flatten({ background: '#ffffff' })
    .rotate(options.angle, { background: '#ffffff' })
    .toBuffer({ resolveWithObject: true })
  // Rotating grows the canvas; cut the middle back out so the page keeps its size.
  const left = Math.floor((turned.info.width - width) / 2)
  const top = Math.floor((turned.info.height - height) / 2)
  let pipeline = sharp(turned.data).extract({ left, top, width, height })
  pipeline = options.colour ? pipeline.removeAlpha().toColourspace('srgb') : pipeline.greyscale()
  const raw = await pipeline.raw().toBuffer({ resolveWithObject: true })
  if (raw.info.channels !== channels) throw new Error(`expected ${channels} channels`)

  addPaperAndGrain(raw.data, width, height, channels, rng)
  // sharp would hand a blurred grey image back as three channels; pin the colour space.
  const blurred = sharp(raw.data, { raw: { width, height, channels } }).blur(options.blur)
  const data = await blurred.toColourspace(options.colour ? 'srgb' : 'b-w').raw().toBuffer()
  if (data.length !== width * height * channels) throw new Error('unexpected raster size')
  return { data, width, height, channels }
}

function addPaperAndGrain(
  data: Buffer,
  width: number,
  height: number,
  channels: number,
  rng: Rng,
): void {
  const phaseX = rng.next() * Math.PI * 2
  const phaseY = rng.next() * Math.PI * 2
  const tint = channels === 3 ? [1, 0.975, 0.92] : [1]
  for (let y = 0; y < height; y++) {
    // Uneven illumination: a slow wave across the page plus a darker strip near one edge.
    const edge = y < height * 0.02 ? 18 : 0
    for (let x = 0; x < width; x++) {
      const wave = 5 * Math.sin(x / 310 + phaseX) * Math.cos(y / 420 + phaseY)
      const grain = (rng.next() + rng.next() + rng.next() - 1.5) * 9
      const paper = 236 + wave + grain - edge
      const speck = rng.next() < 0.0004 ? 120 + rng.int(0, 80) : 255
      for (let c = 0; c < channels; c++) {
        const i = (y * width + x) * channels + c
        const lightness = (data[i] ?? 255) / 255
        const value = Math.min(paper * (tint[c] ?? 1) * lightness + (1 - lightness) * 18, speck)
        data[i] = Math.max(0, Math.min(255, Math.round(value)))
      }
    }
  }
}

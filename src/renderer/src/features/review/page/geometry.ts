import type { BBox } from '../../../../../shared/fields'

export type Rotation = 0 | 90 | 180 | 270

export interface Size {
  width: number
  height: number
}

export interface Rect {
  left: number
  top: number
  width: number
  height: number
}

export interface Point {
  x: number
  y: number
}

/**
 * A page-unit box as CSS pixels on the unrotated page drawn at `scale` pixels per unit. The page
 * and its overlays rotate together with one CSS transform, so boxes never need the rotation.
 */
export function scaleBox(bbox: BBox, scale: number): Rect {
  const [x0, y0, x1, y1] = bbox
  const left = Math.min(x0, x1) * scale
  const top = Math.min(y0, y1) * scale
  return { left, top, width: Math.abs(x1 - x0) * scale, height: Math.abs(y1 - y0) * scale }
}

/** What the page occupies on screen once turned. */
export function rotatedSize(size: Size, rotation: Rotation): Size {
  return rotation % 180 === 0 ? size : { width: size.height, height: size.width }
}

/** CSS transform (origin top-left) that turns a page of `size` px clockwise inside its stage. */
export function rotationTransform(size: Size, rotation: Rotation): string {
  switch (rotation) {
    case 90:
      return `translate(${size.height}px, 0) rotate(90deg)`
    case 180:
      return `translate(${size.width}px, ${size.height}px) rotate(180deg)`
    case 270:
      return `translate(0, ${size.width}px) rotate(270deg)`
    default:
      return 'none'
  }
}

/**
 * A point on the turned stage (px from its top-left) back in page units: the inverse of
 * `rotationTransform` followed by the scale. `size` is the unrotated page in px.
 */
export function stagePointToPage(
  point: Point,
  size: Size,
  rotation: Rotation,
  scale: number,
): Point {
  const { x, y } = point
  const local =
    rotation === 90
      ? { x: y, y: size.height - x }
      : rotation === 180
        ? { x: size.width - x, y: size.height - y }
        : rotation === 270
          ? { x: size.width - y, y: x }
          : { x, y }
  return { x: local.x / scale, y: local.y / scale }
}

export function boxFromPoints(a: Point, b: Point): BBox {
  return [Math.min(a.x, b.x), Math.min(a.y, b.y), Math.max(a.x, b.x), Math.max(a.y, b.y)]
}

export function nextRotation(rotation: Rotation): Rotation {
  return ((rotation + 90) % 360) as Rotation
}

/** Pixels per page unit that make the turned page exactly as wide as the viewer. */
export function fitWidthScale(page: Size, rotation: Rotation, availableWidth: number): number {
  const width = rotatedSize(page, rotation).width
  if (width <= 0 || availableWidth <= 0) return 1
  return clampScale(availableWidth / width)
}

export const MIN_SCALE = 0.2
export const MAX_SCALE = 6

export function clampScale(scale: number): number {
  return Math.min(MAX_SCALE, Math.max(MIN_SCALE, scale))
}

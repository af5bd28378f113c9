/** Maps a point of one image (continuous pixel coordinates) to another image or to page units. */
export type PointMap = (x: number, y: number) => [number, number]

export const identity: PointMap = (x, y) => [x, y]

/** `first` then `second`. */
export function compose(first: PointMap, second: PointMap): PointMap {
  return (x, y) => second(...first(x, y))
}

/** From an image drawn at `scale` pixels per unit, shifted by `offset` units, to those units. */
export function scaleMap(scale: number, offset = { x: 0, y: 0 }): PointMap {
  return (x, y) => [offset.x + x / scale, offset.y + y / scale]
}

/**
 * Undoes sharp's `rotate(degrees)`: sharp turns the image clockwise about its centre and grows the
 * canvas to the rotated bounding box, so a point of the rotated image (`to` size) is turned back
 * counter-clockwise about that canvas's centre and re-centred on the source (`from` size).
 */
export function unrotateMap(
  degrees: number,
  from: { width: number; height: number },
  to: { width: number; height: number },
): PointMap {
  const t = (degrees * Math.PI) / 180
  const cos = Math.cos(t)
  const sin = Math.sin(t)
  return (x, y) => {
    const dx = x - to.width / 2
    const dy = y - to.height / 2
    return [dx * cos + dy * sin + from.width / 2, -dx * sin + dy * cos + from.height / 2]
  }
}

/** Undoes a resize from `from` to `to` pixels. */
export function unscaleMap(
  from: { width: number; height: number },
  to: { width: number; height: number },
): PointMap {
  const fx = from.width / to.width
  const fy = from.height / to.height
  return (x, y) => [x * fx, y * fy]
}

/** The axis-aligned box around a box's four corners once mapped (boxes stay boxes when turned). */
export function mapBox(
  map: PointMap,
  [x0, y0, x1, y1]: readonly number[],
): [number, number, number, number] {
  const corners = [map(x0!, y0!), map(x1!, y0!), map(x0!, y1!), map(x1!, y1!)]
  const xs = corners.map((c) => c[0])
  const ys = corners.map((c) => c[1])
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)]
}

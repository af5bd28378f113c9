/**
 * L2-regularised logistic regression by gradient descent. Returns [bias, ...weights]; the bias is
 * not penalised. `signs` (+1, -1 or 0 per feature) keeps each weight on the side domain knowledge
 * puts it, so a small dev set cannot teach that a checksum failure makes a value more likely.
 */
export function fitLogistic(
  xs: readonly number[][],
  ys: readonly number[],
  lambda = 1,
  signs: readonly number[] = [],
): number[] {
  const dims = (xs[0]?.length ?? 0) + 1
  const w = new Array<number>(dims).fill(0)
  const n = Math.max(1, xs.length)
  for (let step = 0; step < 20000; step++) {
    const grad = new Array<number>(dims).fill(0)
    xs.forEach((x, i) => {
      const z = x.reduce((s, v, j) => s + v * (w[j + 1] ?? 0), w[0] ?? 0)
      const err = 1 / (1 + Math.exp(-z)) - (ys[i] ?? 0)
      grad[0] = (grad[0] ?? 0) + err
      x.forEach((v, j) => (grad[j + 1] = (grad[j + 1] ?? 0) + err * v))
    })
    for (let j = 0; j < dims; j++) {
      const penalty = j === 0 ? 0 : lambda * (w[j] ?? 0)
      w[j] = (w[j] ?? 0) - (0.5 * ((grad[j] ?? 0) + penalty)) / n
      const sign = j === 0 ? 0 : (signs[j - 1] ?? 0)
      if (sign * (w[j] ?? 0) < 0) w[j] = 0
    }
  }
  return w
}

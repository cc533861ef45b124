import type { Prng } from '../../engine/prng';

/** Standard normal draws by the Box–Muller transform over a seeded PRNG (deterministic for a seed). */
export function normalSampler(prng: Prng): () => number {
  let spare: number | null = null;
  return () => {
    if (spare !== null) {
      const s = spare;
      spare = null;
      return s;
    }
    const u = 1 - prng(); // (0, 1]: log(u) is finite
    const r = Math.sqrt(-2 * Math.log(u));
    const theta = 2 * Math.PI * prng();
    spare = r * Math.sin(theta);
    return r * Math.cos(theta);
  };
}

/**
 * A group of independent uniform variables x_i ∈ [lo_i, hi_i] whose sum plus a constant must lie in
 * [lo, hi] (a published field total). Drawn uniformly on that constrained box by one exact method:
 * draw x_1 … x_{k−1} uniformly and the sum s uniformly on [lo − constant, hi − constant] ∩ [Σlo, Σhi],
 * set x_k = s − Σ x_{<k}, and accept when x_k lies in its interval. The map (x_<k, s) → x has unit
 * Jacobian, so accepted draws are uniform on {x in the box : Σ x + constant ∈ [lo, hi]}.
 */
export interface SumGroup {
  /** Variable indices; the last one is solved for (the widest interval, for the best acceptance). */
  vars: Int32Array;
  sumLo: number;
  sumHi: number;
}

export function makeSumGroup(
  vars: readonly number[],
  lo: Float64Array,
  hi: Float64Array,
  constant: number,
  target: { lo: number; hi: number },
): SumGroup | null {
  const order = [...vars].sort((a, b) => hi[a] - lo[a] - (hi[b] - lo[b]));
  const boxLo = order.reduce((a, i) => a + lo[i], 0);
  const boxHi = order.reduce((a, i) => a + hi[i], 0);
  const sumLo = Math.max(target.lo - constant, boxLo);
  const sumHi = Math.min(target.hi - constant, boxHi);
  return sumLo > sumHi + 1e-12 ? null : { vars: Int32Array.from(order), sumLo, sumHi: Math.max(sumLo, sumHi) };
}

/** Draws one group into x; returns the number of proposals it took, or 0 when `cap` ran out. */
export function drawSumGroup(
  g: SumGroup,
  lo: Float64Array,
  hi: Float64Array,
  x: Float64Array,
  prng: Prng,
  cap: number,
): number {
  const k = g.vars.length;
  const last = g.vars[k - 1];
  for (let attempt = 1; attempt <= cap; attempt++) {
    let sum = 0;
    for (let i = 0; i < k - 1; i++) {
      const v = g.vars[i];
      x[v] = lo[v] + prng() * (hi[v] - lo[v]);
      sum += x[v];
    }
    const xk = g.sumLo + prng() * (g.sumHi - g.sumLo) - sum;
    if (xk >= lo[last] - 1e-12 && xk <= hi[last] + 1e-12) {
      x[last] = Math.min(hi[last], Math.max(lo[last], xk));
      return attempt;
    }
  }
  return 0;
}

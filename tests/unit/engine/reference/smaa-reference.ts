/**
 * An independent brute-force SMAA-2 (Lahdelma & Salminen 2001, additive value function, weights uniform on the
 * simplex) for the differential tests of shared/engine/smaa.ts. It imports nothing from shared/engine and has its
 * own random numbers: sfc32 (Doty-Humphrey's small fast counting generator) for uniforms, Box–Muller for normals,
 * −ln(1 − U) for exponentials. Every sample draws a weight vector and every measurement, maps values linearly onto
 * [0, 1] over the criterion's scale (the union of the measurements' 95 % ranges, the convention the engine
 * documents) and ranks by Σ w_j·u_ij, ties sharing the better rank. The confidence factor of i is estimated
 * from the same value draws under given central weights (as tests/bench/numpy_reference.py does).
 */

export type RefMeasurement =
  | { exact: number }
  | { normal: readonly [number, number] }
  | { uniform: readonly [number, number] }
  | { lognormal: readonly [number, number] };

const Z95 = 1.959963984540054;

function sfc32(seed: number): () => number {
  let a = 0x9e3779b9;
  let b = 0x243f6a88;
  let c = 0xb7e15162;
  let d = seed >>> 0;
  const next = () => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  };
  for (let k = 0; k < 15; k++) next();
  // 53-bit uniforms in [0, 1)
  return () => ((next() >>> 5) * 67108864 + (next() >>> 6)) / 9007199254740992;
}

export interface RefSmaa {
  /** acceptability[i][r]: share of samples where i takes rank r + 1. */
  acceptability: number[][];
  firstCount: number[];
  /** Mean and variance of the weights over the samples where i is first (null when it never is). */
  central: (number[] | null)[];
  centralVariance: (number[] | null)[];
  /** Share of the same value draws where i is first under the given central weights c[i]. */
  confidenceAt(c: readonly (readonly number[] | null)[]): (number | null)[];
}

export function smaaReference(
  measurements: readonly (readonly RefMeasurement[])[],
  higherIsBetter: readonly boolean[],
  samples: number,
  seed: number,
): RefSmaa {
  const m = measurements.length;
  const n = higherIsBetter.length;
  const uniform = sfc32(seed);
  const normal = () => Math.sqrt(-2 * Math.log(1 - uniform())) * Math.cos(2 * Math.PI * uniform());
  const range = (x: RefMeasurement): [number, number] => {
    if ('exact' in x) return [x.exact, x.exact];
    if ('normal' in x) return [x.normal[0] - Z95 * x.normal[1], x.normal[0] + Z95 * x.normal[1]];
    if ('uniform' in x) return [x.uniform[0], x.uniform[1]];
    return [Math.exp(x.lognormal[0] - Z95 * x.lognormal[1]), Math.exp(x.lognormal[0] + Z95 * x.lognormal[1])];
  };
  const lo = Array.from({ length: n }, (_, j) => Math.min(...measurements.map((row) => range(row[j])[0])));
  const hi = Array.from({ length: n }, (_, j) => Math.max(...measurements.map((row) => range(row[j])[1])));
  const draw = (x: RefMeasurement): number => {
    if ('exact' in x) return x.exact;
    if ('normal' in x) return x.normal[0] + x.normal[1] * normal();
    if ('uniform' in x) return x.uniform[0] + (x.uniform[1] - x.uniform[0]) * uniform();
    return Math.exp(x.lognormal[0] + x.lognormal[1] * normal());
  };
  const partial = (x: number, j: number) => {
    const span = hi[j] - lo[j];
    if (!(span > 0)) return 0;
    return higherIsBetter[j] ? (x - lo[j]) / span : (hi[j] - x) / span;
  };

  const counts = Array.from({ length: m }, () => new Array<number>(m).fill(0));
  const firstCount = new Array<number>(m).fill(0);
  const sum = Array.from({ length: m }, () => new Array<number>(n).fill(0));
  const sumSq = Array.from({ length: m }, () => new Array<number>(n).fill(0));
  const values: number[][][] = [];
  for (let s = 0; s < samples; s++) {
    const e = Array.from({ length: n }, () => -Math.log(1 - uniform()));
    const total = e.reduce((a, b) => a + b, 0);
    const w = e.map((x) => x / total);
    const u = measurements.map((row) => row.map((x, j) => partial(draw(x), j)));
    values.push(u);
    const utility = u.map((row) => row.reduce((acc, x, j) => acc + w[j] * x, 0));
    for (let i = 0; i < m; i++) {
      const rank = utility.filter((x) => x > utility[i]).length;
      counts[i][rank]++;
      if (rank === 0) {
        firstCount[i]++;
        for (let j = 0; j < n; j++) {
          sum[i][j] += w[j];
          sumSq[i][j] += w[j] * w[j];
        }
      }
    }
  }
  const central = sum.map((row, i) => (firstCount[i] > 0 ? row.map((x) => x / firstCount[i]) : null));
  return {
    acceptability: counts.map((row) => row.map((c) => c / samples)),
    firstCount,
    central,
    centralVariance: sumSq.map((row, i) => {
      const c = central[i];
      return c ? row.map((x, j) => Math.max(0, x / firstCount[i] - c[j] * c[j])) : null;
    }),
    confidenceAt(c) {
      return c.map((ci, i) => {
        if (!ci) return null;
        let hits = 0;
        for (const u of values) {
          const score = u.map((row) => row.reduce((acc, x, j) => acc + ci[j] * x, 0));
          if (score.every((x) => !(x > score[i]))) hits++;
        }
        return hits / samples;
      });
    },
  };
}

import { describe, expect, it } from 'vitest';
import { createPrng } from '../../../shared/engine/prng';
import { weightStabilityIntervals } from '../../../shared/engine/weight-stability';
import { weightSweep } from '../../../shared/engine/weight-sweep';

/** A sweep line's score at t: straight from S(0) to S(1). */
const sweepScore = (line: { start: number; end: number }, t: number) => line.start + (line.end - line.start) * t;

/** A random complete normalized matrix (values in [0, 1], some exactly tied) and weights summing to 1. */
function randomProblem(seed: number) {
  const prng = createPrng(seed);
  const rows = 2 + Math.floor(prng() * 7);
  const cols = 1 + Math.floor(prng() * 6);
  const data = new Float64Array(rows * cols);
  for (let i = 0; i < data.length; i++) data[i] = prng() < 0.1 ? 0.5 : prng();
  const raw = Array.from({ length: cols }, (): number => (prng() < 0.15 ? 0 : prng()));
  if (!raw.some((w) => w > 0)) raw[0] = 1;
  const total = raw.reduce((a, b) => a + b, 0);
  return { matrix: { rows, cols, data }, weights: raw.map((w) => w / total) };
}

/**
 * The reference: the weighted sum written from its definition, Σ_j w_j n_ij, with criterion k's weight set to t and
 * every other weight scaled by (1 − t)/(1 − w_k) (equal shares of 1 − t when w_k = 1); a lone criterion keeps weight 1.
 */
function referenceScores(
  matrix: { rows: number; cols: number; data: Float64Array },
  weights: number[],
  k: number,
  t: number,
) {
  const w = weights.map((wj, j) => {
    if (weights.length === 1) return 1;
    if (j === k) return t;
    const rest = 1 - weights[k];
    return rest > 0 ? (wj * (1 - t)) / rest : (1 - t) / (weights.length - 1);
  });
  return Array.from({ length: matrix.rows }, (_, i) =>
    w.reduce((s, wj, j) => s + wj * matrix.data[i * matrix.cols + j], 0),
  );
}

describe('weight sweep of the weighted sum', () => {
  it('the nearest crossings on each side of the current weight are the stability thresholds, to 1e-9', () => {
    let bounded = 0;
    for (let seed = 1; seed <= 300; seed++) {
      const { matrix, weights } = randomProblem(seed);
      const intervals = weightStabilityIntervals(matrix, weights);
      for (let k = 0; k < matrix.cols; k++) {
        const sweep = weightSweep(matrix, weights, k);
        const below = sweep.crossings.filter((c) => c.at <= sweep.current).at(-1);
        const above = sweep.crossings.find((c) => c.at >= sweep.current);
        const interval = intervals[k];
        expect(below === undefined).toBe(interval.below === null);
        expect(above === undefined).toBe(interval.above === null);
        if (below) {
          expect(Math.abs(below.at - interval.lower)).toBeLessThan(1e-9);
          bounded++;
        } else expect(interval.lower).toBe(0);
        if (above) {
          expect(Math.abs(above.at - interval.upper)).toBeLessThan(1e-9);
          bounded++;
        } else expect(interval.upper).toBe(1);
      }
    }
    expect(bounded).toBeGreaterThan(100); // the problems do reach swaps
  });

  it('every line, sampled along the sweep, is the reference weighted sum at those weights', () => {
    for (let seed = 1; seed <= 100; seed++) {
      const { matrix, weights } = randomProblem(seed);
      for (let k = 0; k < matrix.cols; k++) {
        const sweep = weightSweep(matrix, weights, k);
        for (const t of [0, 0.13, 0.5, 0.77, 1, weights[k]]) {
          const expected = referenceScores(matrix, weights, k, t);
          sweep.lines.forEach((line, i) => expect(Math.abs(sweepScore(line, t) - expected[i])).toBeLessThan(1e-12));
        }
      }
    }
  });

  it('at each crossing the two alternatives score the same, and the order changes only across crossings', () => {
    for (let seed = 1; seed <= 60; seed++) {
      const { matrix, weights } = randomProblem(seed);
      for (let k = 0; k < matrix.cols; k++) {
        const sweep = weightSweep(matrix, weights, k);
        for (const c of sweep.crossings) {
          const s = referenceScores(matrix, weights, k, c.at);
          expect(Math.abs(s[c.ahead] - s[c.behind])).toBeLessThan(1e-9);
          expect(Math.abs(s[c.ahead] - c.score)).toBeLessThan(1e-9);
        }
        // Brute force: a pair whose order differs between grid neighbours has a crossing between them.
        const grid = Array.from({ length: 401 }, (_, i) => i / 400);
        for (let g = 1; g < grid.length; g++) {
          const p = referenceScores(matrix, weights, k, grid[g - 1]);
          const q = referenceScores(matrix, weights, k, grid[g]);
          for (let a = 0; a < matrix.rows; a++)
            for (let b = a + 1; b < matrix.rows; b++) {
              const gap = 1e-12;
              const swapped = (p[a] - p[b] > gap && q[b] - q[a] > gap) || (p[b] - p[a] > gap && q[a] - q[b] > gap);
              if (!swapped) continue;
              const found = sweep.crossings.some(
                (c) =>
                  ((c.ahead === a && c.behind === b) || (c.ahead === b && c.behind === a)) &&
                  c.at >= grid[g - 1] - 1e-12 &&
                  c.at <= grid[g] + 1e-12,
              );
              expect(found).toBe(true);
            }
        }
      }
    }
  });

  it('rejects a criterion that does not exist and a missing value', () => {
    const { matrix, weights } = randomProblem(3);
    expect(() => weightSweep(matrix, weights, matrix.cols)).toThrow(/no criterion/);
    const data = Float64Array.from(matrix.data);
    data[0] = NaN;
    expect(() => weightSweep({ ...matrix, data }, weights, 0)).toThrow(/missing/);
  });
});

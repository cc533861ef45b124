import { describe, expect, it } from 'vitest';
import { prometheeNetFlowContributions } from '../../../shared/engine/methods/promethee-contributions';
import { promethee2 } from '../../../shared/engine/methods/promethee2';
import type { PreferenceFunction } from '../../../shared/engine/methods/types';
import { createPrng } from '../../../shared/engine/prng';
import type { Direction } from '../../../shared/engine/types';

/** Brans & Vincke's generalised criteria, written from their definitions (d = advantage). */
function P(f: PreferenceFunction, d: number): number {
  if (d <= 0) return 0;
  if (f.type === 'usual') return 1;
  if (f.type === 'u-shape') return d > f.q ? 1 : 0;
  if (f.type === 'v-shape') return Math.min(1, d / f.p);
  if (f.type === 'level') return d <= f.q ? 0 : d <= f.p ? 0.5 : 1;
  if (f.type === 'linear') return d <= f.q ? 0 : d > f.p ? 1 : (d - f.q) / (f.p - f.q);
  return 1 - Math.exp(-(d * d) / (2 * f.s * f.s));
}

/** The reference: w_j φ_j(a) by the pairwise O(m²) sum over every other alternative b. */
function reference(rows: number[][], directions: Direction[], weights: number[], fns: PreferenceFunction[]) {
  const m = rows.length;
  return rows.map((xa) =>
    weights.map((w, j) => {
      const s = directions[j] === 'higher' ? 1 : -1;
      let sum = 0;
      for (const xb of rows) sum += P(fns[j], s * (xa[j] - xb[j])) - P(fns[j], s * (xb[j] - xa[j]));
      return (w * sum) / (m - 1);
    }),
  );
}

const KINDS: PreferenceFunction[] = [
  { type: 'usual' },
  { type: 'u-shape', q: 0.1 },
  { type: 'v-shape', p: 0.4 },
  { type: 'level', q: 0.1, p: 0.3 },
  { type: 'linear', q: 0.05, p: 0.5 },
  { type: 'gaussian', s: 0.2 },
];

describe('PROMETHEE II net flow by criterion', () => {
  it('equals the pairwise reference on random problems, and each row adds up to the net flow', () => {
    for (let seed = 1; seed <= 150; seed++) {
      const prng = createPrng(seed);
      const m = 2 + Math.floor(prng() * 9);
      const n = 1 + Math.floor(prng() * 5);
      // Values on a coarse grid so that ties and values on a threshold occur.
      const rows = Array.from({ length: m }, () => Array.from({ length: n }, () => Math.round(prng() * 10) / 10));
      const directions = Array.from({ length: n }, (): Direction => (prng() < 0.3 ? 'lower' : 'higher'));
      const raw = Array.from({ length: n }, (): number => (prng() < 0.15 ? 0 : prng()));
      if (!raw.some((w) => w > 0)) raw[0] = 1;
      const total = raw.reduce((a, b) => a + b, 0);
      const weights = raw.map((w) => w / total);
      const fns = Array.from({ length: n }, () => KINDS[Math.floor(prng() * KINDS.length)]);
      const matrix = { rows: m, cols: n, data: Float64Array.from(rows.flat()) };
      const got = prometheeNetFlowContributions({ matrix, directions, weights, preferences: fns });
      const expected = reference(rows, directions, weights, fns);
      const { phi } = promethee2({ matrix, directions, weights, preferences: fns }).details;
      for (let a = 0; a < m; a++) {
        let sum = 0;
        for (let j = 0; j < n; j++) {
          expect(Math.abs(got.data[a * n + j] - expected[a][j])).toBeLessThan(1e-12);
          sum += got.data[a * n + j];
        }
        expect(Math.abs(sum - phi[a])).toBeLessThan(1e-12);
      }
    }
  });

  it('a worked example: three alternatives, usual criteria', () => {
    // a beats b and c on criterion 0 (weight 0.6); c beats both on criterion 1 (weight 0.4).
    const matrix = { rows: 3, cols: 2, data: Float64Array.from([3, 1, 2, 2, 1, 3]) };
    const got = prometheeNetFlowContributions({ matrix, directions: ['higher', 'higher'], weights: [0.6, 0.4] });
    // Criterion 0 values (3, 2, 1): φ_0 = (2, 0, −2)/2; criterion 1 values (1, 2, 3): φ_1 = (−2, 0, 2)/2.
    expect(Array.from(got.data)).toEqual([0.6, -0.4, 0, 0, -0.6, 0.4]);
  });
});

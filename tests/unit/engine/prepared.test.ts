import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { prepareRanking, rankAlternatives, rankPrepared } from '../../../shared/engine/methods/index';
import type { DenseMatrix } from '../../../shared/engine/matrix';
import { normalizeMatrix } from '../../../shared/engine/normalize';
import { competitionRanks } from '../../../shared/engine/rank';
import type { Direction, Normalization } from '../../../shared/engine/types';

/** Reference from the formula: S_i = Σ_j w_j·n_ij left to right, w the weights used, n from normalizeMatrix. */
function referenceScores(m: DenseMatrix, directions: Direction[], w: number[], kind: Normalization): number[] {
  const n = normalizeMatrix(m, directions, kind);
  return Array.from({ length: m.rows }, (_, i) => {
    let s = 0;
    for (let j = 0; j < m.cols; j++) s += w[j] * n.data[i * m.cols + j];
    return s;
  });
}

/**
 * Brute-force competition ranks: 1 + how many score higher by more than the documented tie rule (a relative 1e-12,
 * for sums that differ only by rounding); distinct values here are far apart, so ties never chain.
 */
const referenceRanks = (scores: readonly number[]) =>
  scores.map((s) => 1 + scores.filter((t) => t > s && t - s > 1e-12 * Math.max(1, Math.abs(s), Math.abs(t))).length);

/** A random m × n problem over quarter units, often repeated (so ties are exact, never near) and several weight vectors (some weights 0). */
const problem = fc
  .record({ m: fc.integer({ min: 1, max: 40 }), n: fc.integer({ min: 1, max: 11 }) })
  .chain(({ m, n }) =>
    fc.record({
      m: fc.constant(m),
      n: fc.constant(n),
      data: fc.array(
        fc.oneof(
          fc.constantFrom(0, 1, 2.5, 7),
          fc.integer({ min: -4000, max: 4000 }).map((k) => k / 4),
        ),
        {
          minLength: m * n,
          maxLength: m * n,
        },
      ),
      directions: fc.array(fc.constantFrom<Direction>('higher', 'lower'), { minLength: n, maxLength: n }),
      weights: fc.array(
        fc.array(fc.oneof(fc.constant(0), fc.double({ min: 0.01, max: 10, noNaN: true })), {
          minLength: n,
          maxLength: n,
        }),
        { minLength: 1, maxLength: 4 },
      ),
      kind: fc.constantFrom<Normalization>('minmax', 'zscore', 'rank'),
    }),
  );

describe('a prepared matrix, weight edit after weight edit (issue 10 item 4)', () => {
  it('WSM scores equal Σ w·n left to right, bit for bit, and ranks the brute-force count, at every edit', () => {
    fc.assert(
      fc.property(problem, ({ m, n, data, directions, weights, kind }) => {
        const matrix = { rows: m, cols: n, data: Float64Array.from(data) };
        const prepared = prepareRanking({ matrix, directions, method: { name: 'wsm', normalization: kind } });
        for (const w of weights) {
          if (!w.some((x) => x > 0)) continue;
          const edit = rankPrepared(prepared, w);
          const expected = referenceScores(matrix, directions, edit.weights, kind);
          expect(
            edit.weights.map((x, j) => x * w.reduce((a, b) => a + b, 0) - w[j]).every((d) => Math.abs(d) < 1e-12),
          ).toBe(true);
          expect(edit.scores.map((s, i) => Object.is(s, expected[i]))).not.toContain(false);
          expect(edit.rank).toEqual(referenceRanks(expected));
          expect(edit).toEqual(
            rankAlternatives({ matrix, directions, weights: w, method: { name: 'wsm', normalization: kind } }),
          );
        }
      }),
      { numRuns: 200 },
    );
  });

  it('with missing values under "renormalize": Σ_present w·n / Σ_present w per row, at every edit', () => {
    const matrix = { rows: 3, cols: 3, data: Float64Array.from([0, 10, NaN, 5, NaN, 4, 10, 0, 2]) };
    const directions: Direction[] = ['higher', 'higher', 'lower'];
    const prepared = prepareRanking({ matrix, directions, method: { name: 'wsm' }, missing: 'renormalize' });
    for (const w of [
      [1, 1, 1],
      [2, 0, 1],
      [0, 3, 1],
    ]) {
      const t = w[0] + w[1] + w[2];
      const [a, b, c] = w.map((x) => x / t);
      // min-max per column: c0 (0, 0.5, 1); c1 (1, −, 0); c2 lower-is-better over {4, 2}: (−, 0, 1).
      const expected = [(a * 0 + b * 1) / (a + b), (a * 0.5 + c * 0) / (a + c), a * 1 + b * 0 + c * 1];
      const edit = rankPrepared(prepared, w);
      expected.forEach((e, i) => expect(edit.scores[i]).toBeCloseTo(e, 15));
    }
  });

  it('a new matrix is a new preparation: a changed value changes the scores, the old preparation keeps its own', () => {
    const directions: Direction[] = ['higher', 'higher'];
    const before = { rows: 2, cols: 2, data: Float64Array.from([0, 0, 10, 10]) };
    const after = { rows: 2, cols: 2, data: Float64Array.from([20, 0, 10, 10]) };
    const old = prepareRanking({ matrix: before, directions, method: { name: 'wsm' } });
    expect(rankPrepared(old, [1, 1]).scores).toEqual([0, 1]);
    const fresh = prepareRanking({ matrix: after, directions, method: { name: 'wsm' } });
    // Column 0 is now 20 vs 10: min-max gives (1, 0); column 1 unchanged (0, 1).
    expect(rankPrepared(fresh, [3, 1]).scores).toEqual([0.75, 0.25]);
    expect(rankPrepared(old, [3, 1]).scores).toEqual([0, 1]);
  });
});

describe('competition ranks by bucket sort, or radix sort when the scores cluster (more than 256 scores)', () => {
  it('equals the brute-force ranks and order on spread scores with exact ties and on clustered ones', () => {
    fc.assert(
      fc.property(
        // Spread: multiples of 1/1024 in [0, 4] (exact ties, about one per bucket); clustered: a few values far out.
        fc.oneof(
          fc.array(
            fc.integer({ min: 0, max: 4096 }).map((k) => k / 1024),
            { minLength: 257, maxLength: 2000 },
          ),
          fc.array(fc.oneof(fc.constantFrom(0.5, 0.5 + 2 ** -20), fc.constantFrom(-1e6, 1e6)), {
            minLength: 257,
            maxLength: 600,
          }),
        ),
        fc.constantFrom<'higher' | 'lower'>('higher', 'lower'),
        (scores, better) => {
          const keyed = scores.map((s) => (better === 'higher' ? s : -s));
          const { rank, order } = competitionRanks(scores, better);
          expect(rank).toEqual(referenceRanks(keyed));
          expect(order).toEqual(keyed.map((_, i) => i).sort((a, b) => keyed[b] - keyed[a] || a - b));
        },
      ),
      { numRuns: 100 },
    );
  });

  it('equals the brute-force ranks and the (score desc, index asc) order, with ties, negatives and ±0', () => {
    fc.assert(
      fc.property(
        // Values half a unit apart or more (and ±0, ±1e300): ties are exact, never the 1e-12 relative rule's.
        fc.array(
          fc.oneof(
            fc.constantFrom(0, -0, 1e300, -1e300),
            fc.integer({ min: -80, max: 80 }).map((k) => k / 2),
          ),
          {
            minLength: 257,
            maxLength: 600,
          },
        ),
        fc.constantFrom<'higher' | 'lower'>('higher', 'lower'),
        (scores, better) => {
          const keyed = scores.map((s) => (better === 'higher' ? s : -s));
          const { rank, order } = competitionRanks(scores, better);
          expect(rank).toEqual(referenceRanks(keyed));
          const expectedOrder = keyed.map((_, i) => i).sort((a, b) => keyed[b] - keyed[a] || a - b);
          expect(order).toEqual(expectedOrder);
        },
      ),
      { numRuns: 100 },
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MethodName, Normalization } from '../../../shared/domain/scenario';
import { ahp } from '../../../shared/engine/ahp';
import { EngineError } from '../../../shared/engine/errors';
import { rankAlternatives, type RankInput, type RankOutput } from '../../../shared/engine/methods/index';
import { toDense } from '../../../shared/engine/matrix';
import { normalizeMatrix } from '../../../shared/engine/normalize';
import { criticWeights, entropyWeights } from '../../../shared/engine/objective-weights';
import { directWeights, rankSumWeights, rocWeights } from '../../../shared/engine/weights';

const METHODS: MethodName[] = ['wsm', 'wpm', 'topsis', 'vikor', 'promethee2', 'copras', 'winrate'];
const NORMALIZATIONS: Normalization[] = [
  'minmax',
  'max',
  'linear',
  'sum',
  'vector',
  'zscore',
  'rank',
  'random-baseline',
];

/** A problem of m × n non-negative values (with many zeros and repeats), directions and weights. */
const problem = fc.record({ m: fc.integer({ min: 2, max: 6 }), n: fc.integer({ min: 1, max: 5 }) }).chain(({ m, n }) =>
  fc.record({
    matrix: fc.array(
      fc.array(fc.oneof(fc.constant(0), fc.constant(5), fc.integer({ min: 0, max: 100 })), {
        minLength: n,
        maxLength: n,
      }),
      {
        minLength: m,
        maxLength: m,
      },
    ),
    directions: fc.array(fc.constantFrom('higher' as const, 'lower' as const), { minLength: n, maxLength: n }),
    weights: fc.array(fc.integer({ min: 1, max: 10 }), { minLength: n, maxLength: n }),
  }),
);

const finite = (xs: ArrayLike<number>) => Array.from(xs).every(Number.isFinite);
const permute = <T>(xs: readonly T[], p: readonly number[]) => p.map((i) => xs[i]);
const reversal = (k: number) => Array.from({ length: k }, (_, i) => k - 1 - i);
const rotation = (k: number) => Array.from({ length: k }, (_, i) => (i + 1) % k);

/** The ranking, or null where WPM refuses a zero normalized value (a typed error naming the cell, not a tie at 0). */
function rankedOrRefused(input: RankInput): RankOutput | null {
  try {
    return rankAlternatives(input);
  } catch (error) {
    if (input.method.name === 'wpm' && error instanceof EngineError && error.code === 'zero-value') {
      expect(error.path).toEqual(['matrix', expect.any(Number), expect.any(Number)]);
      return null;
    }
    throw error;
  }
}

describe('properties (fast-check)', () => {
  it('every method and normalization gives finite scores — zeros, constant columns, repeats', () => {
    fc.assert(
      fc.property(
        problem,
        fc.constantFrom(...METHODS),
        fc.constantFrom(...NORMALIZATIONS),
        (p, name, normalization) => {
          const norm = name === 'wpm' && normalization === 'zscore' ? 'minmax' : normalization;
          const r = rankedOrRefused({ ...p, method: { name, normalization: norm } });
          if (!r) return;
          expect(finite(r.scores)).toBe(true);
          expect([...r.rank].sort((a, b) => a - b)[0]).toBe(1);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('normalized values are finite and missing stays missing', () => {
    fc.assert(
      fc.property(problem, fc.constantFrom(...NORMALIZATIONS), fc.nat(), (p, kind, hole) => {
        const rows = p.matrix.map((row) => [...row] as (number | null)[]);
        const i = hole % rows.length;
        rows[i][0] = null;
        const out = normalizeMatrix(toDense(rows), p.directions, kind);
        out.data.forEach((v, k) => {
          if (k === i * out.cols) expect(Number.isNaN(v)).toBe(true);
          else expect(Number.isFinite(v)).toBe(true);
        });
      }),
    );
  });

  it('scores do not depend on the order of alternatives', () => {
    fc.assert(
      fc.property(problem, fc.constantFrom(...METHODS), (p, name) => {
        const base = rankedOrRefused({ ...p, method: { name } });
        const order = reversal(p.matrix.length);
        const moved = rankedOrRefused({ ...p, matrix: permute(p.matrix, order), method: { name } });
        expect(moved === null).toBe(base === null);
        if (!base || !moved) return;
        order.forEach((from, to) => expect(moved.scores[to]).toBeCloseTo(base.scores[from], 9));
      }),
      { numRuns: 200 },
    );
  });

  it('scores do not depend on the order of criteria', () => {
    fc.assert(
      fc.property(problem, fc.constantFrom(...METHODS), (p, name) => {
        const base = rankedOrRefused({ ...p, method: { name } });
        const order = rotation(p.directions.length);
        const moved = rankedOrRefused({
          matrix: p.matrix.map((row) => permute(row, order)),
          directions: permute(p.directions, order),
          weights: permute(p.weights, order),
          method: { name },
        });
        expect(moved === null).toBe(base === null);
        if (!base || !moved) return;
        moved.scores.forEach((s, i) => expect(s).toBeCloseTo(base.scores[i], 9));
      }),
      { numRuns: 200 },
    );
  });

  it('weights sum to 1: direct, ROC, rank-sum, AHP, entropy, CRITIC', () => {
    fc.assert(
      fc.property(problem, fc.integer({ min: 1, max: 40 }), (p, n) => {
        const sums = [
          directWeights(p.weights),
          rocWeights(n),
          rankSumWeights(n),
          entropyWeights(toDense(p.matrix)),
          criticWeights(toDense(p.matrix), p.directions),
        ].map((w) => w.reduce((a, b) => a + b, 0));
        sums.forEach((s) => expect(s).toBeCloseTo(1, 12));
      }),
    );
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(1 / 9, 1 / 5, 1 / 3, 1, 3, 5, 9), { minLength: 3, maxLength: 28 }),
        (upper) => {
          let n = 2;
          while ((n * (n - 1)) / 2 <= upper.length) n++;
          n--;
          const a = Array.from({ length: n }, () => new Array<number>(n).fill(1));
          let k = 0;
          for (let i = 0; i < n; i++)
            for (let j = i + 1; j < n; j++) {
              a[i][j] = upper[k++];
              a[j][i] = 1 / a[i][j];
            }
          for (const priority of ['eigenvector', 'geometric', 'approximate'] as const) {
            const r = ahp(a, priority);
            expect(r.weights.reduce((x, y) => x + y, 0)).toBeCloseTo(1, 12);
            expect(r.lambdaMax).toBeGreaterThanOrEqual(n - 1e-9);
          }
        },
      ),
    );
  });

  it('missing values under every policy give finite scores and name the affected cells', () => {
    fc.assert(
      fc.property(
        problem,
        fc.constantFrom(...METHODS),
        fc.constantFrom('drop', 'renormalize', 'worst', 'mean' as const),
        fc.nat(),
        (p, name, missing, hole) => {
          const rows = p.matrix.map((row) => [...row] as (number | null)[]);
          const i = hole % rows.length;
          const j = hole % p.directions.length;
          rows[i][j] = null;
          if (missing === 'drop' && p.directions.length === 1) return;
          const r = rankedOrRefused({ ...p, matrix: rows, missing, method: { name } });
          if (!r) return;
          expect(finite(r.scores)).toBe(true);
          expect(r.missing?.affected).toContainEqual(expect.objectContaining({ row: i, col: j }));
        },
      ),
      { numRuns: 200 },
    );
  });
});

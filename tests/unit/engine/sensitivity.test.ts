import { describe, expect, it } from 'vitest';
import { rankAlternatives } from '../../../shared/engine/methods/index';
import { normalizeMatrix } from '../../../shared/engine/normalize';
import { toDense } from '../../../shared/engine/matrix';
import {
  rankReversalThresholds,
  sweepValue,
  sweepWeight,
  weightsWith,
  whatItTakes,
} from '../../../shared/engine/sensitivity';

const matrix = [
  [0.9, 0.2, 0.5],
  [0.4, 0.8, 0.6],
  [0.6, 0.5, 0.1],
];
const directions = ['higher', 'higher', 'higher'] as const;
const weights = [0.5, 0.3, 0.2];

describe('exact WSM rank-reversal thresholds', () => {
  const normalized = normalizeMatrix(toDense(matrix), [...directions], 'max');
  const thresholds = rankReversalThresholds(normalized, weights);

  it('at each reported weight the two alternatives score exactly the same', () => {
    for (const { criterion, reversals } of thresholds)
      for (const { a, b, weight } of reversals) {
        const w = weightsWith(weights, criterion, weight);
        const r = rankAlternatives({
          matrix,
          directions: [...directions],
          weights: w,
          method: { name: 'wsm', normalization: 'max' },
        });
        expect(r.scores[a]).toBeCloseTo(r.scores[b], 12);
      }
  });

  it('just past the threshold the pair has swapped', () => {
    const { criterion, current, reversals } = thresholds[0];
    const { a, b, weight } = reversals[0];
    const beyond = weight + Math.sign(weight - current) * 1e-6;
    const r = rankAlternatives({
      matrix,
      directions: [...directions],
      weights: weightsWith(weights, criterion, beyond),
      method: { name: 'wsm', normalization: 'max' },
    });
    expect(r.scores[b]).toBeGreaterThan(r.scores[a]);
  });

  it('agrees with a brute-force scan over the weight', () => {
    // Count order changes between consecutive grid points; each must lie near a reported threshold.
    const k = 1;
    const grid = Array.from({ length: 2001 }, (_, i) => i / 2000);
    const reported = thresholds[k].reversals.map((r) => r.weight);
    let prev: number[] | null = null;
    grid.forEach((t) => {
      const s = rankAlternatives({
        matrix,
        directions: [...directions],
        weights: weightsWith(weights, k, t),
        method: { name: 'wsm', normalization: 'max' },
      }).scores;
      const order = s.map((_, i) => i).sort((x, y) => s[y] - s[x]);
      if (prev && order.join() !== prev.join())
        expect(reported.some((w) => Math.abs(w - t) <= 1 / 2000 + 1e-12)).toBe(true);
      prev = order;
    });
  });
});

describe('one-at-a-time sweeps and "what it takes"', () => {
  const input = { matrix, directions: [...directions], weights, method: { name: 'topsis' as const } };

  it('a weight sweep reranks with the other weights scaled proportionally', () => {
    const points = sweepWeight(input, 1, [0, 1]);
    expect(points[1].rank[1]).toBe(1); // all weight on criterion 1: alternative 1 (0.8) wins
    expect(points.every((p) => p.scores.every(Number.isFinite))).toBe(true);
  });

  it('a value sweep changes one cell', () => {
    const points = sweepValue(input, 2, 0, [0.6, 2]);
    expect(points[0].rank).toEqual(rankAlternatives(input).rank);
    expect(points[1].rank[2]).toBe(1);
  });

  it('finds the smallest improvement that reaches the target rank, per criterion', () => {
    const wsm = { ...input, method: { name: 'wsm' as const, normalization: 'max' as const } };
    const before = rankAlternatives(wsm);
    const who = before.order[2];
    const options = whatItTakes(wsm, who, 1);
    expect(options.length).toBeGreaterThan(0);
    for (const o of options) {
      const m = matrix.map((row) => [...row]);
      m[who][o.criterion] = o.to;
      expect(rankAlternatives({ ...wsm, matrix: m }).rank[who]).toBe(1);
      m[who][o.criterion] = o.from + o.change * 0.999;
      expect(rankAlternatives({ ...wsm, matrix: m }).rank[who]).toBeGreaterThan(1);
    }
  });
});

import { describe, expect, it } from 'vitest';
import type { Normalization } from '../../../shared/domain/scenario';
import { toDense } from '../../../shared/engine/matrix';
import { minmax, normalizeColumn, normalizeMatrix } from '../../../shared/engine/normalize';

const col = [2, 4, 8];

describe('normalizations (direction-aware, higher-is-better output)', () => {
  it('minmax: (x − min)/(max − min); cost (max − x)/(max − min); constant column → 1', () => {
    expect(normalizeColumn(col, 'higher', 'minmax')).toEqual([0, 1 / 3, 1]);
    expect(normalizeColumn(col, 'lower', 'minmax')).toEqual([1, 2 / 3, 0]);
    expect(normalizeColumn([5, 5], 'lower', 'minmax')).toEqual([1, 1]);
    expect(minmax([2, null, 8], 'higher')).toEqual([0, null, 1]);
  });

  it('max: x/max; cost 1 − x/max', () => {
    expect(normalizeColumn(col, 'higher', 'max')).toEqual([0.25, 0.5, 1]);
    expect(normalizeColumn(col, 'lower', 'max')).toEqual([0.75, 0.5, 0]);
  });

  it('linear: x/max; cost min/x (a zero minimum scores 1, the rest 0)', () => {
    expect(normalizeColumn(col, 'lower', 'linear')).toEqual([1, 0.5, 0.25]);
    expect(normalizeColumn([0, 2], 'lower', 'linear')).toEqual([1, 0]);
  });

  it('sum: x/Σx; cost (1/x)/Σ(1/x); zeros in a cost column share the whole mass', () => {
    expect(normalizeColumn(col, 'higher', 'sum')).toEqual([2 / 14, 4 / 14, 8 / 14]);
    const inv = 1 / 2 + 1 / 4 + 1 / 8;
    normalizeColumn(col, 'lower', 'sum').forEach((v, i) => expect(v).toBeCloseTo(1 / col[i] / inv, 15));
    expect(normalizeColumn([0, 0, 3], 'lower', 'sum')).toEqual([0.5, 0.5, 0]);
    expect(normalizeColumn([0, 0], 'higher', 'sum')).toEqual([0.5, 0.5]);
  });

  it('vector: x/√Σx²; cost 1 − x/√Σx²', () => {
    const norm = Math.sqrt(4 + 16 + 64);
    normalizeColumn(col, 'higher', 'vector').forEach((v, i) => expect(v).toBeCloseTo(col[i] / norm, 15));
    normalizeColumn(col, 'lower', 'vector').forEach((v, i) => expect(v).toBeCloseTo(1 - col[i] / norm, 15));
  });

  it('zscore uses the sample standard deviation; a constant column gives 0', () => {
    // mean 14/3, sample sd √(((2−14/3)² + (4−14/3)² + (8−14/3)²)/2)
    const mean = 14 / 3;
    const sd = Math.sqrt(((2 - mean) ** 2 + (4 - mean) ** 2 + (8 - mean) ** 2) / 2);
    normalizeColumn(col, 'higher', 'zscore').forEach((v, i) => expect(v).toBeCloseTo((col[i] - mean) / sd, 12));
    normalizeColumn(col, 'lower', 'zscore').forEach((v, i) => expect(v).toBeCloseTo((mean - col[i]) / sd, 12));
    expect(normalizeColumn([3, 3, 3], 'higher', 'zscore')).toEqual([0, 0, 0]);
  });

  it('rank: 1 = worst … n = best with ties averaged', () => {
    expect(normalizeColumn([10, 30, 30, 20], 'higher', 'rank')).toEqual([1, 3.5, 3.5, 2]);
    expect(normalizeColumn([10, 30, 30, 20], 'lower', 'rank')).toEqual([4, 1.5, 1.5, 3]);
  });

  it('frontier-ratio: value ÷ best reference; cost reference ÷ value; no reference is a typed error', () => {
    expect(normalizeColumn([45, 90], 'higher', 'frontier-ratio', { references: [90] })).toEqual([0.5, 1]);
    expect(normalizeColumn([2, 4], 'lower', 'frontier-ratio', { references: [2] })).toEqual([1, 0.5]);
    expect(() => normalizeColumn([1], 'higher', 'frontier-ratio')).toThrow(
      expect.objectContaining({ code: 'no-reference', path: ['references', 0] }),
    );
    expect(() => normalizeColumn([0], 'lower', 'frontier-ratio', { references: [1] })).toThrow(
      expect.objectContaining({ code: 'zero-value' }),
    );
  });

  it('random-baseline: (v − b)/(best − b) clipped at 0', () => {
    // 4-choice benchmark: b = 25, scale best 100
    expect(
      normalizeColumn([20, 25, 62.5, 100], 'higher', 'random-baseline', { baselines: [25], bests: [100] }),
    ).toEqual([0, 0, 0.5, 1]);
    // without a scale the column best is used
    expect(normalizeColumn([25, 50], 'higher', 'random-baseline', { baselines: [25] })).toEqual([0, 1]);
  });

  it('ratio normalizations reject negative values with a typed error naming the criterion', () => {
    for (const kind of ['max', 'linear', 'sum', 'vector'] as const)
      expect(() => normalizeColumn([-1, 2], 'higher', kind)).toThrow(
        expect.objectContaining({ code: 'negative-value' }),
      );
  });
});

describe('each column by its own direction, whatever the other columns are (issue 9)', () => {
  // Column 0 higher-is-better, column 1 lower-is-better, normalized together.
  const m = toDense([
    [2, 4],
    [4, 2],
    [8, 1],
  ]);
  const directions = ['higher', 'lower'] as const;
  const columnOf = (kind: Normalization, context = {}) => {
    const out = normalizeMatrix(m, directions, kind, context);
    return [0, 1].map((j) => [0, 1, 2].map((i) => out.data[i * 2 + j]));
  };

  it('linear: the benefit column stays x/max beside a cost column (min/x)', () => {
    const [b, c] = columnOf('linear');
    expect(b).toEqual([2 / 8, 4 / 8, 8 / 8]);
    expect(c).toEqual([1 / 4, 1 / 2, 1 / 1]);
  });

  it('sum: the benefit column stays x/Σx beside a cost column ((1/x)/Σ(1/x))', () => {
    const [b, c] = columnOf('sum');
    b.forEach((v, i) => expect(v).toBeCloseTo([2, 4, 8][i] / 14, 15));
    const inv = 1 / 4 + 1 / 2 + 1 / 1;
    c.forEach((v, i) => expect(v).toBeCloseTo(1 / [4, 2, 1][i] / inv, 15));
  });

  it('frontier-ratio: the benefit column stays x/ref beside a cost column (ref/x)', () => {
    const [b, c] = columnOf('frontier-ratio', { references: [10, 2] });
    expect(b).toEqual([0.2, 0.4, 0.8]);
    expect(c).toEqual([2 / 4, 2 / 2, 2 / 1]);
  });
});

describe('numerically stable statistics and extreme magnitudes (issue 9)', () => {
  it('zscore of 1e9 + 0.1, 1e9 + 0.5, 1e9 + 0.9: mean 1e9 + 0.5, sample sd 0.4, so −1, 0, 1', () => {
    // By hand: deviations −0.4, 0, 0.4; s² = (0.16 + 0 + 0.16)/2 = 0.16.
    const z = normalizeColumn([1e9 + 0.1, 1e9 + 0.5, 1e9 + 0.9], 'higher', 'zscore') as number[];
    [-1, 0, 1].forEach((want, i) => expect(Math.abs(z[i] - want)).toBeLessThan(1e-6));
  });

  it('min-max over [−1e308, 0, 1e308] gives 0, ½, 1 (the span 2e308 overflows a double)', () => {
    expect(normalizeColumn([-1e308, 0, 1e308], 'higher', 'minmax')).toEqual([0, 0.5, 1]);
    expect(normalizeColumn([-1e308, 0, 1e308], 'lower', 'minmax')).toEqual([1, 0.5, 0]);
  });

  it('vector over huge and tiny values: 1e200, 3e200 → 1/√10, 3/√10 and the same for 1e−200, 3e−200', () => {
    for (const unit of [1e200, 1e-200]) {
      const v = normalizeColumn([unit, 3 * unit], 'higher', 'vector') as number[];
      expect(v[0]).toBeCloseTo(1 / Math.sqrt(10), 14);
      expect(v[1]).toBeCloseTo(3 / Math.sqrt(10), 14);
    }
  });

  it('sum over values whose total overflows (1e308 twice → ½, ½) or whose reciprocals do (1e−320, 2e−320 cost → ⅔, ⅓)', () => {
    expect(normalizeColumn([1e308, 1e308], 'higher', 'sum')).toEqual([0.5, 0.5]);
    // (1/x)/Σ(1/x) with 1/x = 1e320, 5e319: shares 2/3 and 1/3.
    const c = normalizeColumn([1e-320, 2e-320], 'lower', 'sum') as number[];
    expect(c[0]).toBeCloseTo(2 / 3, 12);
    expect(c[1]).toBeCloseTo(1 / 3, 12);
  });

  it('a ratio beyond the largest double is a typed error naming the criterion, never Infinity', () => {
    // 1e308 / 1e−10 = 1e318 > 1.8e308.
    expect(() => normalizeColumn([1e308, 1], 'higher', 'frontier-ratio', { references: [1e-10] })).toThrow(
      expect.objectContaining({ code: 'out-of-range', path: ['matrix', '*', 0] }),
    );
    expect(() => normalizeColumn([1e-10, 1], 'lower', 'frontier-ratio', { references: [1e308] })).toThrow(
      expect.objectContaining({ code: 'out-of-range' }),
    );
  });
});

describe('constant columns, as the doc comment states them', () => {
  const constant = [4, 4, 4, 4];
  it('min-max and linear → 1; sum → 1/m; vector → 1/√m (b), 1 − 1/√m (c); z-score → 0; rank → (m + 1)/2', () => {
    for (const d of ['higher', 'lower'] as const) {
      expect(normalizeColumn(constant, d, 'minmax')).toEqual([1, 1, 1, 1]);
      expect(normalizeColumn(constant, d, 'linear')).toEqual([1, 1, 1, 1]);
      expect(normalizeColumn(constant, d, 'sum')).toEqual([0.25, 0.25, 0.25, 0.25]);
      expect(normalizeColumn(constant, d, 'zscore')).toEqual([0, 0, 0, 0]);
      expect(normalizeColumn(constant, d, 'rank')).toEqual([2.5, 2.5, 2.5, 2.5]);
    }
    expect(normalizeColumn(constant, 'higher', 'vector')).toEqual([0.5, 0.5, 0.5, 0.5]);
    expect(normalizeColumn(constant, 'lower', 'vector')).toEqual([0.5, 0.5, 0.5, 0.5]);
  });

  it('max: a constant benefit column → 1, a constant cost column → 0 (1 − x/max)', () => {
    expect(normalizeColumn(constant, 'higher', 'max')).toEqual([1, 1, 1, 1]);
    expect(normalizeColumn(constant, 'lower', 'max')).toEqual([0, 0, 0, 0]);
  });
});

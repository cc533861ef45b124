import { describe, expect, it } from 'vitest';
import { rankAlternatives } from '../../../shared/engine/methods/index';
import { applyMissingPolicy } from '../../../shared/engine/missing';
import { toDense } from '../../../shared/engine/matrix';

const rows = [
  [80, 10, 5],
  [60, null, 7],
  [70, 30, null],
];
const m = toDense(rows);
const dirs = ['higher', 'higher', 'lower'] as const;

describe('missing-value policies', () => {
  it('drop removes every criterion with a gap and lists the cells', () => {
    const r = applyMissingPolicy(m, [...dirs], 'drop', true);
    expect(r.columns).toEqual([0]);
    expect(r.dropped).toEqual([1, 2]);
    expect(r.affected).toEqual([
      { row: 1, col: 1, treatment: 'dropped' },
      { row: 2, col: 2, treatment: 'dropped' },
    ]);
  });

  it('worst fills the worst observed value by direction; mean the observed mean', () => {
    const worst = applyMissingPolicy(m, [...dirs], 'worst', true);
    expect(Array.from(worst.matrix.data)).toEqual([80, 10, 5, 60, 10, 7, 70, 30, 7]);
    const mean = applyMissingPolicy(m, [...dirs], 'mean', true);
    expect(Array.from(mean.matrix.data)).toEqual([80, 10, 5, 60, 20, 7, 70, 30, 6]);
    expect(mean.affected.map((a) => a.treatment)).toEqual(['mean', 'mean']);
  });

  it('renormalize keeps the gap for WSM: the row is scored over its present criteria', () => {
    const r = rankAlternatives({
      matrix: rows,
      directions: [...dirs],
      weights: [1, 1, 1],
      method: { name: 'wsm' },
      missing: 'renormalize',
    });
    // minmax: c0 1, 0, 0.5; c1 0, –, 1; c2 1, 0, –  → 2/3, 0/2, 1.5/2
    expect(r.scores[0]).toBeCloseTo(2 / 3, 12);
    expect(r.scores[1]).toBeCloseTo(0, 12);
    expect(r.scores[2]).toBeCloseTo(0.75, 12);
    expect(r.missing?.policy).toBe('renormalize');
  });

  it('renormalize falls back to mean for methods that need every cell, and says so', () => {
    const r = rankAlternatives({
      matrix: rows,
      directions: [...dirs],
      weights: [1, 1, 1],
      method: { name: 'topsis' },
      missing: 'renormalize',
    });
    expect(r.missing?.policy).toBe('mean');
    expect(r.missing?.notes.join(' ')).toMatch(/mean/);
    expect(r.scores.every(Number.isFinite)).toBe(true);
  });

  it('without a policy a missing value is a typed error naming the cell', () => {
    expect(() =>
      rankAlternatives({ matrix: rows, directions: [...dirs], weights: [1, 1, 1], method: { name: 'wsm' } }),
    ).toThrow(expect.objectContaining({ code: 'missing-value', path: ['matrix', 1, 1] }));
  });

  it('a criterion with no value at all is dropped under every policy', () => {
    const r = applyMissingPolicy(
      toDense([
        [1, null],
        [2, null],
      ]),
      ['higher', 'higher'],
      'mean',
      false,
    );
    expect(r.columns).toEqual([0]);
    expect(r.notes.join(' ')).toMatch(/without any value/);
  });
});

describe('the mean fill at extreme magnitudes (issue 9)', () => {
  it('the mean of 1e308 and 1e308 is 1e308, not Infinity (their sum overflows a double)', () => {
    const m = toDense([[1e308], [1e308], [null]]);
    const out = applyMissingPolicy(m, ['higher'], 'mean', false);
    expect(out.matrix.data[2]).toBe(1e308);
  });
});

import { describe, expect, it } from 'vitest';
import { ahp, inconsistentJudgements } from '../../../shared/engine/ahp';
import { swingWeights } from '../../../shared/engine/swing-weights';
import { hierarchicalWeights, rankReciprocalWeights, rankSumWeights, rocWeights } from '../../../shared/engine/weights';

const round = (xs: readonly number[], digits: number) => xs.map((x) => Number(x.toFixed(digits)));

describe('rank-order weights against their published tables', () => {
  it('ROC for 4 criteria (Barron & Barrett 1996, table 1): 0.5208, 0.2708, 0.1458, 0.0625', () => {
    expect(round(rocWeights(4), 4)).toEqual([0.5208, 0.2708, 0.1458, 0.0625]);
  });
  it('rank-sum for 4 criteria: 4/10, 3/10, 2/10, 1/10', () => {
    expect(round(rankSumWeights(4), 12)).toEqual([0.4, 0.3, 0.2, 0.1]);
  });
  it('rank-reciprocal for 4 criteria: (1/k)/(25/12) = 0.48, 0.24, 0.16, 0.12', () => {
    expect(round(rankReciprocalWeights(4), 12)).toEqual([0.48, 0.24, 0.16, 0.12]);
  });
});

describe('swing weights', () => {
  it('ratings 100, 80, 20 give 0.5, 0.4, 0.1 whatever the order of the criteria', () => {
    expect(round(swingWeights([2, 1, 3], [80, 100, 20]), 12)).toEqual([0.4, 0.5, 0.1]);
  });
  it('refuses a top swing not rated 100 and a swing rated above one ranked before it, naming it', () => {
    expect(() => swingWeights([1, 2], [90, 50])).toThrow(expect.objectContaining({ path: ['ratings', 0] }));
    expect(() => swingWeights([1, 2, 3], [100, 40, 60])).toThrow(expect.objectContaining({ path: ['ratings', 2] }));
  });
});

/** Principal eigenvector by plain power iteration (written here, independent of the engine). */
function principal(a: number[][]): { w: number[]; lambda: number } {
  let w = a.map(() => 1 / a.length);
  let lambda = 0;
  for (let k = 0; k < 5000; k++) {
    const next = a.map((row) => row.reduce((s, x, j) => s + x * w[j], 0));
    lambda = next.reduce((s, x) => s + x, 0);
    w = next.map((x) => x / lambda);
  }
  return { w, lambda };
}

describe('AHP consistency: the most inconsistent judgement and its consistent value', () => {
  // Consistent judgements from priorities 8 : 4 : 2 : 1, then a_14 given as 1/2 instead of 8 (a reversed judgement).
  const base = [8, 4, 2, 1];
  const A = base.map((wi, i) => base.map((wj, j) => (i === 0 && j === 3 ? 1 / 2 : i === 3 && j === 0 ? 2 : wi / wj)));

  it('CR = ((λmax − n)/(n − 1)) / 0.90 for n = 4, with λmax from an independent power iteration', () => {
    const ref = principal(A);
    const r = ahp(A, 'eigenvector');
    expect(r.lambdaMax).toBeCloseTo(ref.lambda, 9);
    expect(r.cr!).toBeCloseTo((ref.lambda - 4) / 3 / 0.9, 9);
    expect(r.cr!).toBeGreaterThan(0.1);
  });

  it('names (1, 4) first and gives w_1/w_4 as the consistent value', () => {
    const r = ahp(A, 'eigenvector');
    const [first] = inconsistentJudgements(A, r.weights);
    const ref = principal(A).w;
    expect([first.i, first.j]).toEqual([0, 3]);
    expect(first.value).toBe(0.5);
    expect(first.consistent).toBeCloseTo(ref[0] / ref[3], 9);
  });

  it('a consistent matrix has every judgement at ratio 1 and CR 0', () => {
    const C = base.map((wi) => base.map((wj) => wi / wj));
    const r = ahp(C, 'geometric');
    expect(r.cr!).toBeCloseTo(0, 12);
    for (const x of inconsistentJudgements(C, r.weights)) expect(x.ratio).toBeCloseTo(1, 12);
  });
});

describe('hierarchical weights over a two-level hierarchy', () => {
  it('language › category: w = w(language) × w(category in language) × w(criterion in category)', () => {
    const w = hierarchicalWeights(
      [
        { group: 'ko-knowledge', weight: 1 },
        { group: 'ko-knowledge', weight: 1 },
        { group: 'ko-math', weight: 1 },
        { group: 'en-knowledge', weight: 1 },
      ],
      [
        { id: 'ko', weight: 3 },
        { id: 'en', weight: 1 },
        { id: 'ko-knowledge', weight: 1, parent: 'ko' },
        { id: 'ko-math', weight: 2, parent: 'ko' },
        { id: 'en-knowledge', weight: 5, parent: 'en' },
      ],
    );
    // ko 3/4: knowledge 1/3 (two criteria, ½ each), math 2/3; en 1/4: knowledge 1
    expect(round(w, 12)).toEqual(round([0.75 / 3 / 2, 0.75 / 3 / 2, 0.75 * (2 / 3), 0.25], 12));
  });

  it('refuses a weighted group whose criteria all weigh 0, naming the group (was: equal shares made up)', () => {
    const run = () =>
      hierarchicalWeights(
        [
          { group: 'g', weight: 0 },
          { group: 'g', weight: 0 },
          { group: 'h', weight: 1 },
        ],
        [
          { id: 'g', weight: 1 },
          { id: 'h', weight: 1 },
        ],
      );
    expect(run).toThrow(expect.objectContaining({ code: 'invalid-weights', path: ['groups', 'g'] }));
  });

  it('a group of weight 0 whose criteria all weigh 0 simply carries nothing', () => {
    const w = hierarchicalWeights(
      [
        { group: 'g', weight: 0 },
        { group: 'h', weight: 1 },
      ],
      [
        { id: 'g', weight: 0 },
        { id: 'h', weight: 1 },
      ],
    );
    expect(w).toEqual([0, 1]);
  });
});

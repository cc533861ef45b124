import { describe, expect, it } from 'vitest';
import { ahp } from '../../../shared/engine/ahp';
import { EngineError } from '../../../shared/engine/errors';
import { toDense } from '../../../shared/engine/matrix';
import { criticWeights, entropyWeights } from '../../../shared/engine/objective-weights';
import {
  directWeights,
  hierarchicalWeights,
  normalizeWeights,
  pointsWeights,
  rankSumWeights,
  rocWeights,
} from '../../../shared/engine/weights';

const round = (xs: readonly number[], digits: number) => xs.map((x) => Number(x.toFixed(digits)));
const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

describe('AHP', () => {
  // Wang & Chin (2011), Information Sciences 181(23) 5240–5248, as tested in pymcdm.
  const A = [
    [1, 4, 3, 1, 3, 4],
    [1 / 4, 1, 7, 3, 1 / 5, 1],
    [1 / 3, 1 / 7, 1, 1 / 5, 1 / 5, 1 / 6],
    [1, 1 / 3, 5, 1, 1, 1 / 3],
    [1 / 3, 5, 5, 1, 1, 3],
    [1 / 4, 1, 6, 3, 1 / 3, 1],
  ];

  it('eigenvector priorities of Wang & Chin (2011): 0.3208, 0.1395, 0.0348, 0.1285, 0.2374, 0.1391', () => {
    const r = ahp(A, 'eigenvector');
    expect(round(r.weights, 4)).toEqual([0.3208, 0.1395, 0.0348, 0.1285, 0.2374, 0.1391]);
    // CI = (λ − n)/(n − 1), CR = CI / 1.24 for n = 6
    expect(r.ci).toBeCloseTo((r.lambdaMax - 6) / 5, 12);
    expect(r.cr).toBeCloseTo(r.ci / 1.24, 12);
    expect(r.lambdaMax).toBeGreaterThan(6);
  });

  it('λmax is the principal eigenvalue: A w = λ w', () => {
    const r = ahp(A, 'eigenvector');
    A.forEach((row, i) =>
      expect(row.reduce((s, x, j) => s + x * r.weights[j], 0)).toBeCloseTo(r.lambdaMax * r.weights[i], 9),
    );
  });

  it('a consistent matrix gives λmax = n, CI = CR = 0 and the same weights by all three methods', () => {
    const w = [0.5, 0.3, 0.2];
    const consistent = w.map((wi) => w.map((wj) => wi / wj));
    for (const priority of ['eigenvector', 'geometric', 'approximate'] as const) {
      const r = ahp(consistent, priority);
      r.weights.forEach((x, i) => expect(x).toBeCloseTo(w[i], 12));
      expect(r.lambdaMax).toBeCloseTo(3, 12);
      expect(r.cr).toBeCloseTo(0, 12);
    }
  });

  it('geometric priorities are the normalized row geometric means (Crawford & Williams 1985)', () => {
    const r = ahp(A, 'geometric');
    const g = A.map((row) =>
      Math.pow(
        row.reduce((p, x) => p * x, 1),
        1 / 6,
      ),
    );
    r.weights.forEach((x, i) => expect(x).toBeCloseTo(g[i] / sum(g), 12));
  });

  it('uses Saaty’s random index for n = 3 … 15', () => {
    const RI = [0.58, 0.9, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51, 1.53, 1.56, 1.57, 1.59];
    RI.forEach((ri, k) => {
      const n = k + 3;
      // one inconsistent pair: a_01 = 2 but a_02 = a_12 = 1
      const m = Array.from({ length: n }, (_, i) =>
        Array.from({ length: n }, (_, j) => (i === 0 && j === 1 ? 2 : i === 1 && j === 0 ? 0.5 : 1)),
      );
      const r = ahp(m, 'eigenvector');
      expect(r.cr).toBeCloseTo(r.ci / ri, 12);
    });
  });

  it('rejects a non-reciprocal matrix naming the entry', () => {
    expect(() =>
      ahp([
        [1, 3],
        [3, 1],
      ]),
    ).toThrow(expect.objectContaining({ code: 'invalid-pairwise', path: ['pairwise', 1, 0] }));
  });
});

describe('entropy weights', () => {
  it('Xu (2004), EJOR 156(2): 0.4630, 0.3992, 0.1378, 0.0000', () => {
    const m = toDense([
      [30, 30, 38, 29],
      [19, 54, 86, 29],
      [19, 15, 85, 28.9],
      [68, 70, 60, 29],
    ]);
    expect(round(entropyWeights(m), 4)).toEqual([0.463, 0.3992, 0.1378, 0]);
  });

  it('Zavadskas & Podvezko (2016), IJITDM 15(2): 0.1146, 0.1981, 0.4185, 0.2689', () => {
    const m = toDense([
      [3.0, 100, 10, 7],
      [2.5, 80, 8, 5],
      [1.8, 50, 20, 11],
      [2.2, 70, 12, 9],
    ]);
    expect(round(entropyWeights(m), 4)).toEqual([0.1146, 0.1981, 0.4185, 0.2689]);
  });

  it('Elsayed, Dawood & Karthikeyan (2017), IJETT 46(2) (pymcdm test) to six decimals', () => {
    const m = toDense([
      [7, 312, 1891, 6613, 163],
      [72, 88, 728, 941804, 1078],
      [10, 252, 2594, 3466, 117471],
      [10, 145, 980, 2371, 86329],
      [65, 54, 350, 501, 29897],
      [29, 48, 380, 912, 34051],
      [7, 476, 3300, 78470, 2212],
      [70, 87, 650, 733, 819000],
      [4, 86, 591, 3015, 103],
      [12, 79, 579, 3240, 96098],
      [21, 45, 261, 1253, 453],
      [1, 72, 530, 4333, 0.1048],
    ]);
    expect(round(entropyWeights(m), 6)).toEqual([0.104991, 0.069124, 0.071373, 0.449937, 0.304575]);
  });
});

describe('CRITIC weights', () => {
  // Tuş & Aytaç Adalı (2019), Opsearch 56(2) 528–538; the published weights treat every column as benefit.
  const m = toDense([
    [5000, 3, 3, 4, 3, 2],
    [680, 5, 3, 2, 2, 1],
    [2000, 3, 2, 3, 4, 3],
    [600, 4, 3, 1, 2, 2],
    [800, 2, 4, 3, 3, 4],
  ]);
  it('Tuş & Aytaç Adalı (2019): 0.157, 0.249, 0.168, 0.121, 0.154, 0.151', () => {
    expect(round(criticWeights(m, Array(6).fill('higher')), 3)).toEqual([0.157, 0.249, 0.168, 0.121, 0.154, 0.151]);
  });
  it('direction changes correlations, not standard deviations', () => {
    const flipped = criticWeights(m, ['lower', 'higher', 'higher', 'higher', 'higher', 'higher']);
    expect(round(flipped, 3)).not.toEqual([0.157, 0.249, 0.168, 0.121, 0.154, 0.151]);
    expect(sum(flipped)).toBeCloseTo(1, 12);
  });
});

describe('rank-based and direct weights', () => {
  it('ROC for n = 4: 0.5208, 0.2708, 0.1458, 0.0625 (Barron & Barrett 1996, Table 1)', () => {
    expect(round(rocWeights(4), 4)).toEqual([0.5208, 0.2708, 0.1458, 0.0625]);
  });
  it('rank-sum for n = 4: 0.4, 0.3, 0.2, 0.1 (Stillwell et al. 1981)', () => {
    expect(round(rankSumWeights(4), 12)).toEqual([0.4, 0.3, 0.2, 0.1]);
  });
  it('direct weights are normalized; negative or all-zero weights are typed errors', () => {
    expect(directWeights([2, 1, 1])).toEqual([0.5, 0.25, 0.25]);
    expect(() => directWeights([1, -1])).toThrow(EngineError);
    expect(() => directWeights([0, 0])).toThrow(expect.objectContaining({ code: 'invalid-weights' }));
  });
  it('points must use the budget when one is given', () => {
    expect(pointsWeights([60, 30, 10], 100)).toEqual([0.6, 0.3, 0.1]);
    expect(() => pointsWeights([60, 30], 100)).toThrow(expect.objectContaining({ code: 'invalid-weights' }));
  });
  it('hierarchical weights multiply group and local weights', () => {
    const w = hierarchicalWeights(
      [
        { group: 'knowledge', weight: 1 },
        { group: 'knowledge', weight: 3 },
        { group: 'korean', weight: 5 },
        { group: null, weight: 2 },
      ],
      [
        { id: 'knowledge', weight: 4 },
        { id: 'korean', weight: 4 },
      ],
    );
    // top level: knowledge 4, korean 4, ungrouped 2 → 0.4, 0.4, 0.2
    expect(round(w, 12)).toEqual([0.1, 0.3, 0.4, 0.2]);
  });
});

describe('weights at the edges (issue 9)', () => {
  it('[1e308, 1e308] normalizes to ½, ½ (their sum overflows a double) and [1e−320, 3e−320] to ¼, ¾', () => {
    expect(normalizeWeights([1e308, 1e308])).toEqual([0.5, 0.5]);
    expect(directWeights([1e308, 1e308])).toEqual([0.5, 0.5]);
    const tiny = normalizeWeights([1e-320, 3e-320]);
    expect(tiny[0]).toBeCloseTo(0.25, 12);
    expect(tiny[1]).toBeCloseTo(0.75, 12);
  });

  it('all weights 0 is a typed error, never silently equal weights', () => {
    for (const run of [
      () => normalizeWeights([0, 0, 0]),
      () =>
        hierarchicalWeights(
          [
            { group: 'g', weight: 1 },
            { group: null, weight: 0 },
          ],
          [{ id: 'g', weight: 0 }],
        ),
    ])
      expect(run).toThrow(
        expect.objectContaining({ code: 'invalid-weights', message: expect.stringMatching(/all weights are 0/) }),
      );
  });

  it('AHP ratios beyond the number range are refused, not NaN consistency', () => {
    const a = [
      [1, 1e308, 1e308],
      [1e-308, 1, 1e-300],
      [1e-308, 1e300, 1],
    ];
    expect(() => ahp(a, 'geometric')).toThrow(expect.objectContaining({ code: 'out-of-range', path: ['pairwise'] }));
  });
});

import { describe, expect, it } from 'vitest';
import { rankAlternatives, type RankInput } from '../../../shared/engine/methods/index';
import { borda } from '../../../shared/engine/methods/borda';

const H = 'higher' as const;
const L = 'lower' as const;
const round = (xs: ArrayLike<number>, digits: number) => Array.from(xs, (x) => Number(x.toFixed(digits)));
const transpose = (a: number[][]) => a[0].map((_, j) => a.map((row) => row[j]));
const rank = (input: RankInput) => rankAlternatives(input);

describe('WSM and WPM — Triantaphyllou (2000), Multi-criteria decision making methods: a comparative study, ch. 2', () => {
  // Three alternatives, four benefit criteria, weights 0.20, 0.15, 0.40, 0.25.
  const matrix = [
    [25, 20, 15, 30],
    [10, 30, 20, 30],
    [30, 10, 30, 10],
  ];
  const weights = [0.2, 0.15, 0.4, 0.25];
  const directions = [H, H, H, H];

  it('WSM gives 21.50, 22.00, 22.00 (every column max is 30, so max-normalized scores are those / 30)', () => {
    const r = rank({ matrix, directions, weights, method: { name: 'wsm', normalization: 'max' } });
    expect(r.scores.map((s) => Number((s * 30).toFixed(2)))).toEqual([21.5, 22, 22]);
    expect(r.rank).toEqual([3, 1, 1]);
  });

  it('WPM ratios P(A1/A2) = 1.007, P(A1/A3) = 1.067, P(A2/A3) = 1.059; A1 is best', () => {
    const r = rank({ matrix, directions, weights, method: { name: 'wpm' } });
    const [a1, a2, a3] = r.scores;
    expect(Number((a1 / a2).toFixed(3))).toBe(1.007);
    expect(Number((a1 / a3).toFixed(3))).toBe(1.067);
    expect(Number((a2 / a3).toFixed(3))).toBe(1.059);
    expect(r.order).toEqual([0, 1, 2]);
  });
});

describe('TOPSIS — Opricovic & Tzeng (2004), EJOR 156(2) 445–455, as reproduced by pymcdm', () => {
  it('scores 0.500, 0.617, 0.500 with min-max normalization', () => {
    const r = rank({
      matrix: [
        [1, 3000],
        [2, 3750],
        [5, 4500],
      ],
      directions: [L, H],
      weights: [0.5, 0.5],
      method: { name: 'topsis' },
    });
    expect(round(r.scores, 3)).toEqual([0.5, 0.617, 0.5]);
    expect(r.better).toBe('higher');
    expect(r.order[0]).toBe(1);
  });
});

describe('VIKOR', () => {
  it('Yang & Wu (2020), IEEE Access 8: Q = 0.5679, 0.7667, 1, 0.7493, 0 (pymcdm test)', () => {
    const r = rank({
      matrix: [
        [78, 56, 34, 6],
        [4, 45, 3, 97],
        [18, 2, 50, 63],
        [9, 14, 11, 92],
        [85, 9, 100, 29],
      ],
      directions: [H, H, H, H],
      weights: [0.25, 0.25, 0.25, 0.25],
      method: { name: 'vikor' },
    });
    expect(round(r.scores, 4)).toEqual([0.5679, 0.7667, 1, 0.7493, 0]);
    expect(r.better).toBe('lower');
    expect(r.order[0]).toBe(4);
  });

  it('Opricovic & Tzeng (2004): Q = 1, 0, 1 and A2 is the single compromise solution', () => {
    const r = rank({
      matrix: [
        [1, 3000],
        [2, 3750],
        [5, 4500],
      ],
      directions: [L, H],
      weights: [0.5, 0.5],
      method: { name: 'vikor' },
    });
    expect(r.scores).toEqual([1, 0, 1]);
    if (r.details.method !== 'vikor') throw new Error('vikor details expected');
    expect(Array.from(r.details.S)).toEqual([0.5, 0.375, 0.5]);
    expect(Array.from(r.details.R)).toEqual([0.5, 0.25, 0.5]);
    expect(r.details.acceptableAdvantage && r.details.acceptableStability).toBe(true);
    expect(r.details.compromise).toEqual([1]);
  });

  it('proposes a compromise set when the advantage condition C1 fails', () => {
    // S = 0.1, 0.09, 1; R = 0.1, 0.09, 0.9 → Q ≈ 0.0117, 0, 1. DQ = 0.5: A1 is within DQ of the best, A2.
    const r = rank({
      matrix: [
        [10, 0],
        [9, 1],
        [0, 0],
      ],
      directions: [H, H],
      weights: [0.9, 0.1],
      method: { name: 'vikor' },
    });
    if (r.details.method !== 'vikor') throw new Error('vikor details expected');
    expect(r.details.acceptableAdvantage).toBe(false);
    expect(r.details.compromise).toEqual([1, 0]);
  });

  it('equal maximum regrets summed in another criteria order are still equal (fast-check counterexample)', () => {
    // R = 0.35 for both alternatives; with weights normalized in another order they differed by 5.6e-17 and Q
    // jumped by 1 − v = 0.5.
    const L = 'lower' as const;
    const orders = [
      [0, 1, 2],
      [1, 2, 0],
    ];
    const [a, b] = orders.map((o) =>
      rank({
        matrix: [
          [0, 6, 0],
          [3, 5, 5],
        ].map((row) => o.map((j) => row[j])),
        directions: o.map((j) => [L, L, H][j]),
        weights: o.map((j) => [7, 7, 6][j]),
        method: { name: 'vikor' },
      }),
    );
    a.scores.forEach((q, i) => expect(b.scores[i]).toBeCloseTo(q, 12));
    expect(a.scores).toEqual([0.5, 0]);
  });
});

describe('PROMETHEE II — Zhao, Peng & Li (2013), Procedia Computer Science 17, usual criterion (pymcdm test)', () => {
  it('net flows 0.1, −0.3, 0.2 and φ = φ⁺ − φ⁻', () => {
    const r = rank({
      matrix: [
        [4, 3, 2],
        [3, 2, 4],
        [5, 1, 3],
      ],
      directions: [H, H, H],
      weights: [0.5, 0.3, 0.2],
      method: { name: 'promethee2' },
    });
    expect(round(r.scores, 2)).toEqual([0.1, -0.3, 0.2]);
    if (r.details.method !== 'promethee2') throw new Error('promethee details expected');
    r.scores.forEach((phi, i) => {
      const d = r.details as { phiPlus: Float64Array; phiMinus: Float64Array };
      expect(phi).toBeCloseTo(d.phiPlus[i] - d.phiMinus[i], 12);
    });
  });

  it('applies the six preference functions of Brans & Vincke (1985)', () => {
    // Two alternatives, one criterion, d = 2: P = usual 1, u-shape(q=3) 0, v-shape(p=4) 0.5,
    // level(q=1,p=3) 0.5, linear(q=1,p=5) 0.25, gaussian(s=2) 1 − e^{−1/2}.
    const cases = [
      [{ type: 'usual' }, 1],
      [{ type: 'u-shape', q: 3 }, 0],
      [{ type: 'v-shape', p: 4 }, 0.5],
      [{ type: 'level', q: 1, p: 3 }, 0.5],
      [{ type: 'linear', q: 1, p: 5 }, 0.25],
      [{ type: 'gaussian', s: 2 }, 1 - Math.exp(-0.5)],
    ] as const;
    for (const [preference, P] of cases) {
      const r = rank({
        matrix: [[3], [1]],
        directions: [H],
        weights: [1],
        method: { name: 'promethee2' },
        preferences: [preference],
      });
      expect(r.scores[0]).toBeCloseTo(P, 12);
      expect(r.scores[1]).toBeCloseTo(-P, 12);
    }
  });
});

describe('COPRAS — Kundakcı & Işık (2016), Decision Science Letters 5(3) 381–394 (pymcdm reference test)', () => {
  it('utility degrees 100, 91.67, 86.75, 90.84, 93.15, 94.86 %', () => {
    const r = rank({
      matrix: [
        [1543, 2000, 39000, 15, 13.76, 3.86, 5, 3, 5000],
        [1496, 3600, 43000, 14, 14, 2.5, 4, 4, 4000],
        [1584, 3100, 24500, 10, 13.1, 3.7, 2, 2, 3500],
        [1560, 2700, 36000, 12, 13.2, 3.2, 3, 3, 3500],
        [1572, 2500, 31500, 13, 13.3, 3.4, 3, 2, 3500],
        [1580, 2400, 20000, 12, 12.8, 3.9, 2, 2, 3000],
      ],
      directions: [L, L, L, H, H, L, H, H, H],
      weights: [0.2027, 0.1757, 0.1622, 0.1351, 0.1081, 0.0946, 0.0676, 0.0405, 0.0135],
      method: { name: 'copras' },
    });
    if (r.details.method !== 'copras') throw new Error('copras details expected');
    expect(round(r.details.utility, 2)).toEqual([100, 91.67, 86.75, 90.84, 93.15, 94.86]);
    expect(r.order[0]).toBe(0);
  });

  it('uses the classic Q formula, not S⁺ + S⁻ (the Zavadskas et al. 2007 road-design data)', () => {
    // pymcdm's current COPRAS reduces Q to S⁺ + S⁻, which rewards cost; here a higher cost must lower Q.
    const matrix = transpose([
      [30, 20, 27, 18, 24, 16],
      [12.487, 12.372, 11.096, 10.982, 11.017, 10.903],
      [6.261, 5.961, 6.262, 5.962, 6.283, 5.983],
      [10.88, 10.88, 9.92, 9.92, 9.98, 9.98],
      [7.61, 7.46, 6.69, 6.54, 7.0, 6.85],
    ]);
    const base = rank({
      matrix,
      directions: [H, L, L, L, L],
      weights: [0.53, 0.1175, 0.1175, 0.1175, 0.1175],
      method: { name: 'copras' },
    });
    const costlier = matrix.map((row, i) => (i === 0 ? row.map((x, j) => (j === 1 ? x * 2 : x)) : row));
    const worse = rank({
      matrix: costlier,
      directions: [H, L, L, L, L],
      weights: [0.53, 0.1175, 0.1175, 0.1175, 0.1175],
      method: { name: 'copras' },
    });
    expect(worse.scores[0]).toBeLessThan(base.scores[0]);
  });
});

describe('Mean win rate — HELM (Liang et al. 2022)', () => {
  it('scores the share of others beaten per criterion, ties as half, then the weighted mean', () => {
    const r = rank({
      matrix: [
        [90, 1],
        [80, 1],
        [70, 3],
      ],
      directions: [H, L],
      weights: [0.5, 0.5],
      method: { name: 'winrate' },
    });
    // criterion 1: 1, 0.5, 0; criterion 2 (lower better): 0.75, 0.75, 0
    expect(r.scores).toEqual([0.875, 0.625, 0]);
  });
});

describe('Borda count — the Tennessee capital example (Wikipedia, "Borda count")', () => {
  it('gives Memphis 126, Nashville 194, Chattanooga 173, Knoxville 107 points per 100 voters', () => {
    // Alternatives: Memphis, Nashville, Chattanooga, Knoxville; rank vectors per voter group.
    const groups: [number, number[]][] = [
      [42, [1, 2, 3, 4]],
      [26, [4, 1, 2, 3]],
      [15, [4, 3, 1, 2]],
      [17, [4, 3, 2, 1]],
    ];
    const rankings = groups.flatMap(([count, ranks]) => Array.from({ length: count }, () => ranks));
    const r = borda(rankings);
    expect(r.points).toEqual([126, 194, 173, 107]);
    expect(r.rank).toEqual([3, 1, 2, 4]);
  });

  it('shares the points of tied positions', () => {
    expect(borda([[1, 2, 2, 4]]).points).toEqual([3, 1.5, 1.5, 0]);
  });
});

describe('mixed directions: the issue-9 example {benefit, cost} [[1,1],[3,1]] ranks the better alternative first', () => {
  // Alternative 1 is better on the benefit criterion (3 > 1) and equal on the cost one.
  const input = (name: 'wsm' | 'wpm' | 'topsis', normalization: 'sum' | 'linear' | 'frontier-ratio') =>
    rank({
      matrix: [
        [1, 1],
        [3, 1],
      ],
      directions: [H, L],
      weights: [1, 1],
      method: { name, normalization },
      normalizationContext: { references: [3, 1] },
    });

  it('WSM, sum: ½·(1/4) + ½·(1/2) = 0.375 and ½·(3/4) + ½·(1/2) = 0.625', () => {
    const r = input('wsm', 'sum');
    expect(r.scores[0]).toBeCloseTo(0.375, 15);
    expect(r.scores[1]).toBeCloseTo(0.625, 15);
    expect(r.order).toEqual([1, 0]);
  });

  it('WSM, linear: ½·(1/3) + ½·1 and ½·1 + ½·1; frontier-ratio (refs 3, 1) the same', () => {
    for (const normalization of ['linear', 'frontier-ratio'] as const) {
      const r = input('wsm', normalization);
      expect(r.scores[0]).toBeCloseTo(0.5 / 3 + 0.5, 15);
      expect(r.scores[1]).toBeCloseTo(1, 15);
    }
  });

  it('WPM and TOPSIS put alternative 1 first under sum, linear and frontier-ratio', () => {
    for (const name of ['wpm', 'topsis'] as const)
      for (const normalization of ['sum', 'linear', 'frontier-ratio'] as const)
        expect(input(name, normalization).order).toEqual([1, 0]);
  });
});

describe('WSM composite = Σ weight × normalized value, to 1e-12 (issue 9: 0.99976 instead of 1 at a 1e9 offset)', () => {
  it('min-max on 1e9-offset data: the alternative best everywhere scores 1, the others Σ w·(x − min)/(max − min)', () => {
    const matrix = [
      [1e9 + 0.1, 1e9 + 0.9, 1e9 + 0.3],
      [1e9 + 0.5, 1e9 + 0.5, 1e9 + 0.2],
      [1e9 + 0.9, 1e9 + 0.1, 1e9 + 0.1],
    ];
    const directions = [H, L, L];
    const weights = [0.5, 0.3, 0.2];
    const r = rank({ matrix, directions, weights, method: { name: 'wsm', normalization: 'minmax' } });
    // By hand from the formula, column by column: benefit (x − min)/(max − min), cost (max − x)/(max − min).
    const n = (i: number, j: number) => {
      const col = matrix.map((row) => row[j]);
      const [lo, hi] = [Math.min(...col), Math.max(...col)];
      return directions[j] === H ? (matrix[i][j] - lo) / (hi - lo) : (hi - matrix[i][j]) / (hi - lo);
    };
    matrix.forEach((_, i) => {
      const expected = weights.reduce((s, w, j) => s + w * n(i, j), 0);
      expect(Math.abs(r.scores[i] - expected)).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(expected)));
    });
    expect(r.scores[2]).toBe(1);
  });
});

describe('methods over zeros and extreme magnitudes: finite by their convention or a typed error (issue 9)', () => {
  it('WPM over min-max values (the worst gets 0) is refused naming the cell and the fix, not a tie at 0', () => {
    const run = () =>
      rank({
        matrix: [
          [1, 5],
          [2, 4],
          [3, 6],
        ],
        directions: [H, H],
        weights: [1, 1],
        method: { name: 'wpm', normalization: 'minmax' },
      });
    expect(run).toThrow(expect.objectContaining({ code: 'zero-value', path: ['matrix', 0, 0] }));
    expect(run).toThrow(/linear normalization/);
  });

  it('WPM with linear over positive values: Π (x/max)^w, no zeros', () => {
    const r = rank({
      matrix: [
        [1, 5],
        [2, 4],
        [3, 6],
      ],
      directions: [H, H],
      weights: [1, 1],
      method: { name: 'wpm' },
    });
    expect(r.scores[0]).toBeCloseTo(Math.sqrt((1 / 3) * (5 / 6)), 14);
  });

  it('VIKOR over [−1e308, 0, 1e308]: regrets w·(f* − f)/(f* − f⁻) = 1, ½, 0, so Q = 1, ½, 0', () => {
    const r = rank({ matrix: [[-1e308], [0], [1e308]], directions: [H], weights: [1], method: { name: 'vikor' } });
    expect(r.scores).toEqual([1, 0.5, 0]);
  });

  it('TOPSIS over frontier ratios near 1e300: C = D⁻/(D⁺ + D⁻) computed without squaring overflow', () => {
    // One criterion, ratios x/ref = 1e300, 2e300, 3e300: D⁺ = 2e300, 1e300, 0; D⁻ = 0, 1e300, 2e300 → 0, ½, 1.
    const r = rank({
      matrix: [[1], [2], [3]],
      directions: [H],
      weights: [1],
      method: { name: 'topsis', normalization: 'frontier-ratio' },
      normalizationContext: { references: [1e-300] },
    });
    expect(r.scores[0]).toBe(0);
    expect(r.scores[1]).toBeCloseTo(0.5, 14);
    expect(r.scores[2]).toBe(1);
  });

  it('TOPSIS at a 1e9 offset subtracts before dividing: one criterion, C = (x − min)/(max − min) exactly', () => {
    // One benefit criterion: D⁻ = w(n − n_min), D⁺ = w(n_max − n), so C = (x − min)/(max − min) for any affine n.
    const xs = [1e9, 1e9, 1e9 + 0.1, 1e9 + 0.3];
    const r = rank({
      matrix: xs.map((x) => [x]),
      directions: [H],
      weights: [1],
      method: { name: 'topsis', normalization: 'linear' },
    });
    const expected = (1e9 + 0.1 - 1e9) / (1e9 + 0.3 - 1e9); // both differences exact (Sterbenz)
    expect(Math.abs(r.scores[2] - expected)).toBeLessThan(1e-12);
  });

  it('COPRAS with cost sums near the smallest doubles: Q = S⁺ + (min S⁻ · ΣS⁻)/(S⁻_i Σ min S⁻/S⁻_k) stays finite', () => {
    // Benefit column equal (S⁺ = ½·⅓ each); cost column 1e−320 and 2e−320 and 3e−320 (shares ⅙, ⅓, ½ of Σ).
    const r = rank({
      matrix: [
        [1, 1e-320],
        [1, 2e-320],
        [1, 3e-320],
      ],
      directions: [H, L],
      weights: [1, 1],
      method: { name: 'copras' },
    });
    // S⁻ = ½·(1/6, 2/6, 3/6); the relative term ΣS⁻·(1/k)/Σ(1/k) with Σ(1/k) = 1 + ½ + ⅓ = 11/6.
    const sPlus = 1 / 6;
    const expected = [1, 1 / 2, 1 / 3].map((inv) => sPlus + (0.5 * inv) / (11 / 6));
    r.scores.forEach((q, i) => expect(q).toBeCloseTo(expected[i], 9));
  });

  it('PROMETHEE II over ±1e308 with a Gaussian s = 1e308: d/s = 2e308/1e308 = 2, so P = 1 − e^(−2), φ = ±P', () => {
    const r = rank({
      matrix: [[1e308], [-1e308]],
      directions: [H],
      weights: [1],
      method: { name: 'promethee2' },
      preferences: [{ type: 'gaussian', s: 1e308 }],
    });
    expect(r.scores[0]).toBeCloseTo(1 - Math.exp(-2), 14);
    expect(r.scores[1]).toBeCloseTo(-(1 - Math.exp(-2)), 14);
  });

  it('win rate with one alternative: nobody to beat, its rates and score are 0 (not NaN)', () => {
    const r = rank({ matrix: [[66, 3]], directions: [H, L], weights: [1, 1], method: { name: 'winrate' } });
    expect(r.scores).toEqual([0]);
    if (r.details.method !== 'winrate') throw new Error('winrate details expected');
    expect(Array.from(r.details.winRates.data)).toEqual([0, 0]);
  });

  it('weights [1e308, 1e308] weigh ½ each in a ranking', () => {
    const r = rank({
      matrix: [
        [0, 1],
        [1, 0],
      ],
      directions: [H, H],
      weights: [1e308, 1e308],
      method: { name: 'wsm' },
    });
    expect(r.weights).toEqual([0.5, 0.5]);
    expect(r.scores).toEqual([0.5, 0.5]);
  });
});

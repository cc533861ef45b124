import { describe, expect, it } from 'vitest';
import { rankAlternatives } from '../../../../shared/engine/methods/index';
import { normalizeMatrix } from '../../../../shared/engine/normalize';
import { normalizeMatrixRef, scoreRef, type Dir, type Method, type Norm } from './mcda-reference';

/**
 * Published worked examples with linear (x/max, min/x) and sum (x/Σx, (1/x)/Σ(1/x)) normalization and COST
 * criteria. Each is checked twice: the reference implementation reproduces the published numbers (so the
 * reference is right), and the engine gives the same numbers through rankAlternatives / normalizeMatrix.
 * The engine normalizes weights to sum 1; where a source uses weights that do not (pymcdm, the 1.0155 of one
 * WASPAS table), the expected value is converted with the exact identity stated next to it.
 */

const B: Dir = 'benefit';
const C: Dir = 'cost';
const engineDir = (d: Dir) => (d === 'benefit' ? ('higher' as const) : ('lower' as const));

function engineScores(matrix: number[][], dirs: Dir[], weights: number[], method: Method, normalization: Norm) {
  return rankAlternatives({
    matrix,
    directions: dirs.map(engineDir),
    weights,
    method: { name: method, normalization },
  });
}
const referenceScores = (matrix: number[][], dirs: Dir[], weights: number[], method: Method, normalization: Norm) =>
  scoreRef({ matrix, dirs, weights, method, normalization }).scores;

/** |got − published| within the published rounding, for every alternative. */
function expectPublished(got: readonly number[], published: readonly number[], within: number) {
  expect(got).toHaveLength(published.length);
  got.forEach((g, i) =>
    expect(Math.abs(g - published[i]), `alternative ${i}: ${g} vs ${published[i]}`).toBeLessThanOrEqual(within),
  );
}

/** Competition ranks (1 = best) of published scores, higher better. */
const ranksOf = (scores: readonly number[]) => scores.map((s) => 1 + scores.filter((t) => t > s).length);

describe('Chakraborty, Zavadskas & Antucheviciene (2015), WASPAS, Example 2 (AGV selection): linear normalization, 3 cost criteria', () => {
  // S. Chakraborty, E. K. Zavadskas, J. Antucheviciene, "Applications of WASPAS method as a multi-criteria
  // decision-making tool", Economic Computation and Economic Cybernetics Studies and Research 49(1) 5–22, 2015,
  // Example 2; the Q values per λ as tabulated there and reproduced by scikit-criteria,
  // https://github.com/quatrope/scikit-criteria/blob/35f17ee/tests/agg/test_waspas.py (test_WASPAS_chakraborty2015applications).
  // WASPAS Q = λ·WSM + (1 − λ)·WPM over x/max (benefit) and min/x (cost): λ = 1 is the WSM, λ = 0 the WPM.
  const matrix = [
    [581818, 54.49, 3, 5500],
    [595454, 49.73, 3, 4500],
    [586060, 51.24, 3, 5000],
    [522727, 45.71, 3, 5800],
    [561818, 52.66, 3, 5200],
    [543030, 74.46, 4, 5600],
    [522727, 75.42, 4, 5800],
    [486970, 62.62, 4, 5600],
    [509394, 65.87, 4, 6400],
    [513333, 70.67, 4, 6000],
  ];
  const dirs = [C, C, C, B];
  const weights = [0.467, 0.16, 0.095, 0.278];
  // Published to 4 decimals from rounded intermediate values: agreement within 1e-4 (as scikit-criteria checks).
  const cases = [
    ['wsm', [0.859, 0.8194, 0.843, 0.942, 0.8645, 0.8315, 0.8552, 0.8983, 0.9067, 0.8784]],
    ['wpm', [0.8578, 0.8144, 0.8408, 0.9413, 0.8632, 0.8241, 0.8454, 0.8915, 0.8987, 0.8697]],
  ] as const;
  for (const [method, published] of cases) {
    it(`${method.toUpperCase()} (λ = ${method === 'wsm' ? 1 : 0}): the reference reproduces the table`, () => {
      expectPublished(referenceScores(matrix, dirs, weights, method, 'linear'), published, 1e-4);
    });
    it(`${method.toUpperCase()} (λ = ${method === 'wsm' ? 1 : 0}): the engine gives the published scores and ranks`, () => {
      const r = engineScores(matrix, dirs, weights, method, 'linear');
      expectPublished(r.scores, published, 1e-4);
      expect(r.rank).toEqual(ranksOf(published));
    });
  }
});

describe('Chakraborty, Zavadskas & Antucheviciene (2015), WASPAS, λ = 0.5, 5 benefit and 2 cost criteria (pymcdm test)', () => {
  // Same paper; the 8 × 7 example as reproduced in pymcdm's test suite,
  // https://github.com/kotbaton/pymcdm/blob/76e7735/test/test_mcdm.py (TestWASPAS), Q = 0.5·WSM + 0.5·WPM over
  // linear normalization. Its weights sum to T = 1.0155, not 1: with the engine's weights w/T,
  // WSM(w) = T·WSM(w/T) and WPM(w) = WPM(w/T)^T exactly.
  const matrix = [
    [30, 23, 5, 0.745, 0.745, 1500, 5000],
    [18, 13, 15, 0.745, 0.745, 1300, 6000],
    [15, 12, 10, 0.5, 0.5, 950, 7000],
    [25, 20, 13, 0.745, 0.745, 1200, 4000],
    [14, 18, 14, 0.255, 0.745, 950, 3500],
    [17, 15, 9, 0.745, 0.5, 1250, 5250],
    [23, 18, 20, 0.5, 0.745, 1100, 3000],
    [16, 8, 14, 0.255, 0.5, 1500, 3000],
  ];
  const dirs = [B, B, B, B, B, C, C];
  const weights = [0.1181, 0.1181, 0.0445, 0.1181, 0.2861, 0.2861, 0.0445];
  const T = weights.reduce((a, b) => a + b, 0);
  const published = [0.8329, 0.7884, 0.6987, 0.8831, 0.7971, 0.7036, 0.8728, 0.5749];
  const waspas = (wsm: readonly number[], wpm: readonly number[]) => wsm.map((s, i) => 0.5 * T * s + 0.5 * wpm[i] ** T);

  it('the reference reproduces Q to 4 decimals', () => {
    const q = waspas(
      referenceScores(matrix, dirs, weights, 'wsm', 'linear'),
      referenceScores(matrix, dirs, weights, 'wpm', 'linear'),
    );
    expectPublished(q, published, 5e-5);
  });

  it('the engine WSM and WPM combine to the published Q', () => {
    const q = waspas(
      engineScores(matrix, dirs, weights, 'wsm', 'linear').scores,
      engineScores(matrix, dirs, weights, 'wpm', 'linear').scores,
    );
    expectPublished(q, published, 5e-5);
  });
});

describe('Kracka, Brauers & Zavadskas (2010) heating-loss data: WSM over sum normalization, 5 cost criteria (scikit-criteria)', () => {
  // Data: M. Kracka, W. K. M. Brauers, E. K. Zavadskas, "Ranking heating losses in a building by applying the
  // MULTIMOORA", Inzinerine Ekonomika – Engineering Economics 21(4) 352–359, 2010. WSM scores with cost columns
  // inverted (1/x) and every column divided by its sum, equal weights, as documented by scikit-criteria,
  // https://github.com/quatrope/scikit-criteria/blob/35f17ee/tests/agg/test_simple.py (test_WeightedSumModel_kracka2010ranking).
  const matrix = [
    [33.95, 23.78, 11.45, 39.97, 29.44, 167.1, 3.852],
    [38.9, 4.17, 6.32, 0.01, 4.29, 132.52, 25.184],
    [37.59, 9.36, 8.23, 4.35, 10.22, 136.71, 10.845],
    [30.44, 37.59, 13.91, 74.08, 45.1, 198.34, 2.186],
    [36.21, 14.79, 9.17, 17.77, 17.06, 148.3, 6.61],
    [37.8, 8.55, 7.97, 2.35, 9.25, 134.83, 11.935],
  ];
  const dirs = [C, C, C, C, B, C, B];
  const weights = [20, 20, 20, 20, 20, 20, 20];
  const published = [0.12040426, 0.3458235, 0.13838192, 0.12841246, 0.12346084, 0.14351701];

  it('the reference reproduces the scores to 8 decimals', () => {
    expectPublished(referenceScores(matrix, dirs, weights, 'wsm', 'sum'), published, 5e-9);
  });

  it('the engine gives the same scores and the ranking 6, 1, 3, 4, 5, 2', () => {
    const r = engineScores(matrix, dirs, weights, 'wsm', 'sum');
    expectPublished(r.scores, published, 5e-9);
    expect(r.rank).toEqual([6, 1, 3, 4, 5, 2]);
  });
});

describe('pymcdm WSM and WPM reference tests: sum normalization, 2 benefit and 2 cost criteria', () => {
  // https://github.com/kotbaton/pymcdm/blob/76e7735/test/test_mcdm.py (TestWSM, TestWPM; pymcdm's default
  // normalization for both is sum_normalization: x/Σx, cost (1/x)/Σ(1/x)). Weights 8/13, 5/13, 6/13, 7/13 sum to 2:
  // with the engine's halved weights WSM(w) = 2·WSM(w/2) and WPM(w) = WPM(w/2)².
  const matrix = [
    [96, 83, 75, 7],
    [63, 5, 56, 9],
    [72, 30, 32, 48],
    [11, 4, 27, 9],
    [77, 21, 17, 11],
  ];
  const dirs = [B, B, C, C];
  const weights = [8 / 13, 5 / 13, 6 / 13, 7 / 13];
  const wsmPublished = [0.609, 0.313, 0.334, 0.265, 0.479];
  const wpmPublished = [0.065, 0.017, 0.019, 0.007, 0.052];

  it('the reference reproduces both to 3 decimals', () => {
    expectPublished(
      referenceScores(matrix, dirs, weights, 'wsm', 'sum').map((s) => 2 * s),
      wsmPublished,
      5e-4,
    );
    expectPublished(
      referenceScores(matrix, dirs, weights, 'wpm', 'sum').map((s) => s ** 2),
      wpmPublished,
      5e-4,
    );
  });

  it('WSM: the engine gives 0.609, 0.313, 0.334, 0.265, 0.479 (×½) and A1 first', () => {
    const r = engineScores(matrix, dirs, weights, 'wsm', 'sum');
    expectPublished(
      r.scores.map((s) => 2 * s),
      wsmPublished,
      5e-4,
    );
    expect(r.order).toEqual([0, 4, 2, 1, 3]);
  });

  it('WPM: the engine gives 0.065, 0.017, 0.019, 0.007, 0.052 (as squares) and A1 first', () => {
    const r = engineScores(matrix, dirs, weights, 'wpm', 'sum');
    expectPublished(
      r.scores.map((s) => s ** 2),
      wpmPublished,
      5e-4,
    );
    expect(r.order).toEqual([0, 4, 2, 1, 3]);
  });
});

describe('pymcdm normalization reference tests: sum and linear with two cost columns and one benefit column', () => {
  // https://github.com/kotbaton/pymcdm/blob/76e7735/test/test_normalizations.py (TestSumNormalization,
  // TestLinearNormalization), types [−1, −1, 1], values published to 8 decimals, row-major.
  const matrix = [
    [66, 56, 95],
    [61, 55, 166],
    [65, 49, 113],
    [95, 56, 99],
    [63, 43, 178],
    [74, 59, 140],
  ];
  const dirs = [C, C, B];
  const cases = [
    [
      'sum',
      [
        0.17447136, 0.155945, 0.12010114, 0.1887723, 0.15878037, 0.20986094, 0.17715554, 0.17822286, 0.14285714,
        0.12121168, 0.155945, 0.12515803, 0.18277952, 0.20309117, 0.22503161, 0.15560959, 0.1480156, 0.17699115,
      ],
    ],
    [
      'linear',
      [
        0.92424242, 0.76785714, 0.53370787, 1.0, 0.78181818, 0.93258427, 0.93846154, 0.87755102, 0.63483146, 0.64210526,
        0.76785714, 0.55617978, 0.96825397, 1.0, 1.0, 0.82432432, 0.72881356, 0.78651685,
      ],
    ],
  ] as const;
  for (const [kind, published] of cases) {
    it(`${kind}: the reference reproduces the table`, () => {
      expectPublished(normalizeMatrixRef(matrix, dirs, kind).values.flat(), published, 5e-9);
    });
    it(`${kind}: normalizeMatrix gives the table`, () => {
      const dense = { rows: 6, cols: 3, data: Float64Array.from(matrix.flat()) };
      expectPublished(Array.from(normalizeMatrix(dense, dirs.map(engineDir), kind).data), published, 5e-9);
    });
  }
});

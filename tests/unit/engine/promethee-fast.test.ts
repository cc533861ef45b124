import { describe, expect, it } from 'vitest';
import type { Direction } from '../../../shared/domain/dataset';
import { promethee2 } from '../../../shared/engine/methods/promethee2';
import type { PreferenceFunction } from '../../../shared/engine/methods/types';
import { createPrng, type Prng } from '../../../shared/engine/prng';

/**
 * The reference: PROMETHEE II written straight from its definition (Brans & Vincke 1985; Brans, Vincke &
 * Mareschal 1986), every ordered pair: π(a, b) = Σ_j w_j P_j(s_j·(x_aj − x_bj)), φ⁺(a) = Σ_b π(a, b)/(m − 1),
 * φ⁻(a) = Σ_b π(b, a)/(m − 1), φ = φ⁺ − φ⁻.
 */
function P(f: PreferenceFunction, d: number): number {
  if (!(d > 0)) return 0;
  switch (f.type) {
    case 'usual':
      return 1;
    case 'u-shape':
      return d > f.q ? 1 : 0;
    case 'v-shape':
      return d > f.p ? 1 : d / f.p;
    case 'level':
      return d > f.p ? 1 : d > f.q ? 0.5 : 0;
    case 'linear':
      return d > f.p ? 1 : d > f.q ? (d - f.q) / (f.p - f.q) : 0;
    case 'gaussian':
      return 1 - Math.exp(-(d * d) / (2 * f.s * f.s));
  }
}

function reference(x: number[][], directions: Direction[], w: number[], fns: PreferenceFunction[]) {
  const m = x.length;
  const plus = new Array<number>(m).fill(0);
  const minus = new Array<number>(m).fill(0);
  for (let a = 0; a < m; a++)
    for (let b = 0; b < m; b++) {
      if (a === b) continue;
      let pi = 0;
      for (let j = 0; j < w.length; j++) {
        const s = directions[j] === 'higher' ? 1 : -1;
        pi += w[j] * P(fns[j], s * (x[a][j] - x[b][j]));
      }
      plus[a] += pi / (m - 1);
      minus[b] += pi / (m - 1);
    }
  return { plus, minus, phi: plus.map((v, i) => v - minus[i]) };
}

function fast(x: number[][], directions: Direction[], w: number[], fns: PreferenceFunction[]) {
  const r = promethee2({
    matrix: { rows: x.length, cols: w.length, data: Float64Array.from(x.flat()) },
    directions,
    weights: w,
    preferences: fns,
  });
  return { plus: Array.from(r.details.phiPlus), minus: Array.from(r.details.phiMinus), phi: Array.from(r.scores) };
}

/** |a − b| ≤ 1e-12 · max(1, |b|) elementwise. */
function expectClose(actual: number[], expected: number[]) {
  expect(actual).toHaveLength(expected.length);
  const worst = Math.max(0, ...actual.map((a, i) => Math.abs(a - expected[i]) / Math.max(1, Math.abs(expected[i]))));
  expect(worst).toBeLessThanOrEqual(1e-12);
}

const pick = <T>(rnd: Prng, xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];

/**
 * Values on a grid of quarter steps (many ties) and thresholds that are grid differences (many advantages
 * exactly on q or p), or continuous values with thresholds near the spread.
 */
function randomProblem(seed: number, m: number, n: number, kind: 'grid' | 'continuous' | 'offset') {
  const rnd = createPrng(seed);
  const value = () =>
    kind === 'grid' ? Math.floor(rnd() * 9) / 4 : kind === 'offset' ? 1000 + 10 * rnd() : 10 * rnd() - 5;
  const x = Array.from({ length: m }, () => Array.from({ length: n }, value));
  const scale = kind === 'grid' ? 2 : 10;
  const threshold = () => (kind === 'grid' ? Math.floor(rnd() * 6) / 4 : scale * rnd());
  const fns: PreferenceFunction[] = Array.from({ length: n }, (_, j) => {
    const q = threshold();
    const p = q + (kind === 'grid' ? (1 + Math.floor(rnd() * 4)) / 4 : scale * rnd() + 1e-3);
    switch (j % 6) {
      case 0:
        return { type: 'usual' };
      case 1:
        return { type: 'u-shape', q };
      case 2:
        return { type: 'v-shape', p };
      case 3:
        return { type: 'level', q, p };
      case 4:
        return { type: 'linear', q, p };
      default:
        return { type: 'gaussian', s: p };
    }
  });
  const directions = Array.from({ length: n }, () => pick(rnd, ['higher', 'lower'] as const));
  const raw = Array.from({ length: n }, () => rnd());
  const total = raw.reduce((s, v) => s + v, 0);
  return { x, directions, w: raw.map((v) => v / total), fns };
}

describe('PROMETHEE II by sorted columns equals the pairwise definition (to 1e-12)', () => {
  for (const kind of ['grid', 'continuous', 'offset'] as const)
    it(`random ${kind} problems, every preference function, benefit and cost`, () => {
      for (let seed = 1; seed <= 12; seed++) {
        const m = 2 + ((seed * 37) % 90);
        const { x, directions, w, fns } = randomProblem(seed, m, 12, kind);
        const got = fast(x, directions, w, fns);
        const want = reference(x, directions, w, fns);
        expectClose(got.plus, want.plus);
        expectClose(got.minus, want.minus);
        expectClose(got.phi, want.phi);
      }
    });

  it('each piecewise-linear function alone, with values on the thresholds and ties', () => {
    // Column values 0, 1, 1, 2, 3, 3, 5: advantages of exactly 0, 1 (= q) and 2 (= p) occur many times.
    const column = [0, 1, 1, 2, 3, 3, 5];
    const x = column.map((v) => [v]);
    const fns: PreferenceFunction[] = [
      { type: 'usual' },
      { type: 'u-shape', q: 1 },
      { type: 'u-shape', q: 0 },
      { type: 'v-shape', p: 2 },
      { type: 'level', q: 1, p: 2 },
      { type: 'level', q: 0, p: 2 },
      { type: 'linear', q: 1, p: 2 },
      { type: 'linear', q: 0, p: 5 },
    ];
    for (const f of fns)
      for (const d of ['higher', 'lower'] as const) {
        const got = fast(x, [d], [1], [f]);
        const want = reference(x, [d], [1], [f]);
        expectClose(got.plus, want.plus);
        expectClose(got.minus, want.minus);
      }
  });

  it('a worked level case: φ⁺ of the best of 0, 1, 1, 2, 3, 3, 5 under level(q = 1, p = 2) is (3 + 3·½)/6', () => {
    // Advantages of 5 over the others: 5, 4, 4, 3, 2, 2 → P = 1, 1, 1, 1, ½, ½.
    const got = fast(
      [0, 1, 1, 2, 3, 3, 5].map((v) => [v]),
      ['higher'],
      [1],
      [{ type: 'level', q: 1, p: 2 }],
    );
    expect(got.plus[6]).toBeCloseTo(5 / 6, 14);
    expect(got.minus[6]).toBe(0);
  });

  it('all alternatives equal: every flow is 0', () => {
    const x = Array.from({ length: 5 }, () => [3, 3]);
    const got = fast(x, ['higher', 'lower'], [0.5, 0.5], [{ type: 'linear', q: 0, p: 1 }, { type: 'usual' }]);
    expect(got.phi).toEqual([0, 0, 0, 0, 0]);
    expect(got.plus).toEqual([0, 0, 0, 0, 0]);
  });

  it('a wide column with narrow thresholds (3,000 values over 10⁵, p − q = ½) keeps its small differences', () => {
    const rnd = createPrng(7);
    const x = Array.from({ length: 3000 }, () => [1e5 * rnd()]);
    const fns: PreferenceFunction[] = [{ type: 'linear', q: 0.5, p: 1 }];
    const got = fast(x, ['lower'], [1], fns);
    const want = reference(x, ['lower'], [1], fns);
    expectClose(got.plus, want.plus);
    expectClose(got.minus, want.minus);
  });

  it('values a few units in the last place apart (1 + k·2⁻⁵², thresholds of 20 and 60 units)', () => {
    const rnd = createPrng(11);
    const ulp = 2 ** -52;
    const x = Array.from({ length: 60 }, () => [1 + Math.floor(rnd() * 200) * ulp, 1 + Math.floor(rnd() * 200) * ulp]);
    const fns: PreferenceFunction[] = [
      { type: 'linear', q: 20 * ulp, p: 60 * ulp },
      { type: 'level', q: 20 * ulp, p: 60 * ulp },
    ];
    const got = fast(x, ['higher', 'lower'], [0.5, 0.5], fns);
    const want = reference(x, ['higher', 'lower'], [0.5, 0.5], fns);
    expectClose(got.plus, want.plus);
    expectClose(got.minus, want.minus);
  });

  it('a larger problem (600 × 6) still matches', () => {
    const { x, directions, w, fns } = randomProblem(99, 600, 6, 'continuous');
    const got = fast(x, directions, w, fns);
    const want = reference(x, directions, w, fns);
    expectClose(got.phi, want.phi);
    expectClose(got.plus, want.plus);
  });
});

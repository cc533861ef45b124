import { describe, expect, it } from 'vitest';
import { prepareRanking, rankAlternatives, rankPrepared } from '../../../shared/engine/methods/index';
import type { Direction, MissingPolicy } from '../../../shared/engine/types';
import { wsmMissingReference } from './reference/wsm-missing-reference';

/** mulberry32: a seeded generator of its own, so the problems do not depend on the engine's PRNG. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const U = 2 ** -53;

/**
 * The drift bound shared/engine/methods/wsm-edits.ts states and this test holds it to: (16c + 1)·u·N_i for c
 * criteria and N_i = max_j |n_ij| (a full pass's c roundings, at most c column updates of three roundings each,
 * weight totals at least half their peak; see that file).
 */
const incrementalBound = (c: number, rowMax: number) => (16 * c + 1) * U * rowMax;

/** Rows (NaN = missing) as the engine's dense matrix. */
const dense = (rows: number[][]) => ({ rows: rows.length, cols: rows[0].length, data: Float64Array.from(rows.flat()) });

interface Problem {
  rows: number[][];
  directions: Direction[];
  /** Pairs of rows with the same values, missing cells included (exact ties). */
  twins: [number, number][];
}

/**
 * m × c over quarter units (so distinct sums are far apart and equal sums are exact), a fifth of the cells
 * missing except in every third criterion (complete, so "drop" keeps some), every fifth criterion
 * lower-is-better, and each of the last m/6 rows a copy of an earlier row.
 */
function problem(seed: number, m: number, c: number): Problem {
  const rnd = seeded(seed);
  const rows: number[][] = [];
  const twins: [number, number][] = [];
  for (let i = 0; i < m; i++) {
    if (i >= m - Math.floor(m / 6)) {
      const source = Math.floor(rnd() * (m - Math.floor(m / 6)));
      rows.push(rows[source].slice());
      twins.push([source, i]);
      continue;
    }
    // Rows 0 and 1 are 0 and 25 everywhere, so no criterion is constant or empty.
    const value = () => (i < 2 ? 25 * i : Math.floor(rnd() * 80) / 4);
    rows.push(Array.from({ length: c }, (_, j) => (i > 1 && j % 3 && rnd() < 0.2 ? NaN : value())));
  }
  const directions = Array.from({ length: c }, (_, j): Direction => (j % 5 === 4 ? 'lower' : 'higher'));
  return { rows, directions, twins };
}

/** Brute-force competition ranks under the engine's documented tie rule (a relative 1e-12). */
const tieRule = (a: number, b: number) => Math.abs(a - b) <= 1e-12 * Math.max(1, Math.abs(a), Math.abs(b));
const bruteRanks = (s: readonly number[]) => s.map((x) => 1 + s.filter((y) => y > x && !tieRule(x, y)).length);

/**
 * A walk of weight edits as a slider and the weight dialogs make them: mostly one weight at a time, sometimes
 * two or three; values from 0 and 1e-9 to 1e6, so totals rise and fall by many orders of magnitude.
 */
function walk(seed: number, c: number, edits: number): number[][] {
  const rnd = seeded(seed);
  const w = Array.from({ length: c }, () => 1 + rnd());
  const pick = () => {
    const r = rnd();
    return r < 0.1 ? 0 : r < 0.15 ? 1e-9 : r < 0.2 ? 1e6 : r < 0.25 ? 1e3 * rnd() : 10 * rnd();
  };
  const out: number[][] = [];
  for (let e = 0; e < edits; e++) {
    const k = rnd() < 0.8 ? 1 : 2 + Math.floor(rnd() * 2);
    for (let t = 0; t < k; t++) w[Math.floor(rnd() * c)] = pick();
    if (!w.some((x, j) => j % 3 === 0 && x > 0)) w[0] = 1; // a complete criterion weighs (for "drop")
    out.push(w.slice());
  }
  return out;
}

const POLICIES: readonly MissingPolicy[] = ['renormalize', 'mean', 'worst', 'drop'];

describe('WSM weight edits over kept sums (issue 10: a weight edit reads only the columns it changes)', () => {
  for (const policy of POLICIES)
    it(`missing policy ${policy}: after each of 300 edits, scores within the stated bound of the formula, twins equal, ranks the reference's`, () => {
      const m = 240;
      const c = 9;
      const p = problem(POLICIES.indexOf(policy) + 1, m, c);
      const method = { name: 'wsm', normalization: 'minmax' } as const;
      const input = { matrix: dense(p.rows), directions: p.directions, method, missing: policy };
      // incrementalFrom 0: the kept sums at this size too (the app keeps them from 65,536 cells).
      const prepared = prepareRanking(input, { incrementalFrom: 0 });
      let checkedRanks = 0;
      for (const weights of walk(100 + POLICIES.indexOf(policy), c, 300)) {
        const edit = rankPrepared(prepared, weights);
        const ref = wsmMissingReference(p.rows, p.directions, policy, weights);
        edit.scores.forEach((s, i) => {
          const { score, max, slack } = ref[i];
          expect(Math.abs(s - score), `row ${i}`).toBeLessThanOrEqual(incrementalBound(c, max) + slack);
        });
        for (const [a, b] of p.twins) {
          expect(Object.is(edit.scores[a], edit.scores[b]), `rows ${a} and ${b}`).toBe(true);
          expect(edit.rank[a]).toBe(edit.rank[b]);
        }
        // Ranks equal the brute-force count wherever no other score sits at the edge of the tie rule, give or take
        // both tolerances (quarter-unit values: such edges are rare, and most rows are checked).
        const expected = bruteRanks(ref.map((r) => r.score));
        ref.forEach((r, i) => {
          const band = 2 * (incrementalBound(c, r.max) + r.slack) + 1e-12 * Math.max(1, Math.abs(r.score));
          const ambiguous = ref.some(
            (o, k) => k !== i && !tieRule(r.score, o.score) && Math.abs(r.score - o.score) <= band,
          );
          if (ambiguous) return;
          checkedRanks++;
          expect(edit.rank[i], `row ${i}`).toBe(expected[i]);
        });
      }
      expect(checkedRanks).toBeGreaterThan(0.9 * 300 * m);
    });

  it('the same scores, to the bound, and the same ranks as a from-scratch ranking at every edit', () => {
    const p = problem(9, 200, 12);
    const method = { name: 'wsm', normalization: 'minmax' } as const;
    const input = { matrix: dense(p.rows), directions: p.directions, method, missing: 'renormalize' as const };
    const prepared = prepareRanking(input, { incrementalFrom: 0 });
    for (const weights of walk(7, 12, 300)) {
      const edit = rankPrepared(prepared, weights);
      const fresh = rankAlternatives({ ...input, weights });
      if (fresh.details.method !== 'wsm') throw new Error('wsm details expected');
      const shown = fresh.details.normalized; // the normalized values the contributions are shown from
      edit.scores.forEach((s, i) => {
        let max = 0;
        for (let j = 0; j < shown.cols; j++) {
          const v = shown.data[i * shown.cols + j];
          if (!Number.isNaN(v)) max = Math.max(max, Math.abs(v));
        }
        // The from-scratch score carries its own c roundings and the weights' normalization (≤ (3c + 4)·u·N_i).
        expect(Math.abs(s - fresh.scores[i])).toBeLessThanOrEqual(incrementalBound(12, max) + (3 * 12 + 4) * U * max);
      });
      expect(edit.rank).toEqual(fresh.rank);
      expect(edit.order).toEqual(fresh.order);
      expect(edit.weights).toEqual(fresh.weights);
    }
  });

  it('a weight that falls from 1e6 to 1e-6 leaves no trace in the rows it weighed (a full pass, not an update)', () => {
    // Rows 0 and 1 miss criterion 2, which carries the largest weight throughout (so the weights' scale stays).
    const matrix = dense([
      [1, 3, NaN],
      [3, 0, NaN],
      [0, 1, 0],
      [2, 2, 3],
    ]);
    const directions: Direction[] = ['higher', 'higher', 'higher'];
    const method = { name: 'wsm' } as const;
    const prepared = prepareRanking({ matrix, directions, method, missing: 'renormalize' }, { incrementalFrom: 0 });
    rankPrepared(prepared, [1, 1, 2e6]);
    rankPrepared(prepared, [1e6 + 1 / 3, 1, 2e6]);
    const edit = rankPrepared(prepared, [1e-6, 1, 2e6]);
    // min-max: criterion 0 → 1/3, 1, 0, 2/3; criterion 1 → 1, 0, 1/3, 2/3; criterion 2 (rows 2, 3) → 0, 1.
    const [a, b, c] = [1e-6, 1, 2e6];
    const expected = [
      (a / 3 + b) / (a + b),
      a / (a + b),
      b / 3 / (a + b + c),
      ((2 * a) / 3 + (2 * b) / 3 + c) / (a + b + c),
    ];
    // Rows 0 and 1 kept from the 1e6 step would carry about u·1e6 ≈ 1e-10 against their total of ≈ 1.
    edit.scores.forEach((s, i) =>
      expect(Math.abs(s - expected[i])).toBeLessThanOrEqual(incrementalBound(3, 1) + 8 * U),
    );
  });

  it('a slider moved 20,000 times stays within the bound (the sums are replaced by a full pass every c updates)', () => {
    // Values in [0, 1] with 0 and 1 in each column: min-max leaves them as they are, so the reference is the
    // formula on the values themselves (4 roundings). One weight walks over [0.5, 1] beside a weight of 1, so no
    // total falls below half its peak: only the count of updates since the last full pass limits the drift (kept
    // forever, the sums drift to about 4× the bound here).
    const rnd = seeded(31);
    const rows = [[0, 1], [1, 0], ...Array.from({ length: 48 }, () => [rnd(), rnd()])];
    const directions: Direction[] = ['higher', 'higher'];
    const prepared = prepareRanking(
      { matrix: dense(rows), directions, method: { name: 'wsm' } },
      { incrementalFrom: 0 },
    );
    let worst = 0;
    for (let e = 0; e < 20_000; e++) {
      const weights = [0.5 + 0.5 * rnd(), 1];
      const scores = rankPrepared(prepared, weights).scores;
      rows.forEach(([a, b], i) => {
        const exact = (weights[0] * a + weights[1] * b) / (weights[0] + weights[1]);
        const max = Math.max(a, b);
        worst = Math.max(worst, Math.abs(scores[i] - exact) / (incrementalBound(2, max) + 4 * U * max));
      });
    }
    expect(worst).toBeLessThanOrEqual(1);
  });

  // The first ranking of a matrix sums the raw values row by row (its normalized columns are built at the first
  // update): every normalization's column plan (affine, reciprocal, tables) through that pass and the updates after.
  const KINDS = ['minmax', 'max', 'linear', 'sum', 'vector', 'zscore', 'rank'] as const;
  for (const kind of KINDS)
    it(`${kind}: the first ranking and the edits after it are the formula's, each missing policy`, () => {
      for (const policy of POLICIES) {
        const c = 7;
        const p = problem(40 + KINDS.indexOf(kind), 90, c);
        const method = { name: 'wsm', normalization: kind } as const;
        const input = { matrix: dense(p.rows), directions: p.directions, method, missing: policy };
        const prepared = prepareRanking(input, { incrementalFrom: 0 });
        for (const weights of walk(60 + KINDS.indexOf(kind), c, 12)) {
          const edit = rankPrepared(prepared, weights);
          const ref = wsmMissingReference(p.rows, p.directions, policy, weights, kind);
          edit.scores.forEach((s, i) => {
            const { score, max, slack } = ref[i];
            expect(Math.abs(s - score), `${policy}, row ${i}`).toBeLessThanOrEqual(incrementalBound(c, max) + slack);
          });
        }
      }
    });
});

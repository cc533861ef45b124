import { EngineError } from './errors';
import { toDense, type DenseMatrix } from './matrix';
import { rankAlternatives, type RankInput } from './methods/index';
import { normalizeWeights } from './weights';

export interface RankReversal {
  /** The pair that swaps; `a` is ahead of `b` at the current weights (or tied). */
  a: number;
  b: number;
  /** The weight of the criterion at which their WSM scores are equal. */
  weight: number;
}

interface CriterionThresholds {
  criterion: number;
  current: number;
  /** Every pair swap reachable by moving this weight within [0, 1], nearest to the current weight first. */
  reversals: RankReversal[];
}

/**
 * Exact WSM rank-reversal thresholds (one-at-a-time, Triantaphyllou & Sánchez 1997 style): the weight of
 * criterion k is set to t and the others scaled proportionally, w_j(t) = w_j (1 − t)/(1 − w_k), so every
 * score is linear in t: S_a(t) = t·n_ak + (1 − t)·B_a with B_a = Σ_{j≠k} w_j n_aj / (1 − w_k) (equal shares
 * of the others when w_k = 1). Pair (a, b) swaps where S_a(t) = S_b(t): t* = ΔB / (ΔB − Δn), kept when
 * 0 ≤ t* ≤ 1. `normalized` is the normalized (complete) matrix, `weights` sum to 1.
 */
export function rankReversalThresholds(normalized: DenseMatrix, weights: ArrayLike<number>): CriterionThresholds[] {
  const { rows: m, cols: n, data } = normalized;
  if (weights.length !== n) throw new EngineError('shape', `${weights.length} weights for ${n} criteria`, ['weights']);
  const score = new Float64Array(m);
  const rowSum = new Float64Array(m);
  for (let i = 0; i < m; i++)
    for (let j = 0; j < n; j++) {
      const v = data[i * n + j];
      if (Number.isNaN(v))
        throw new EngineError('missing-value', `value at row ${i}, column ${j} is missing`, ['matrix', i, j]);
      score[i] += weights[j] * v;
      rowSum[i] += v;
    }
  const B = new Float64Array(m);
  const out: CriterionThresholds[] = [];
  for (let k = 0; k < n; k++) {
    const wk = weights[k];
    for (let i = 0; i < m; i++) {
      const nk = data[i * n + k];
      B[i] = wk < 1 ? (score[i] - wk * nk) / (1 - wk) : n > 1 ? (rowSum[i] - nk) / (n - 1) : nk;
    }
    const reversals: RankReversal[] = [];
    for (let a = 0; a < m; a++)
      for (let b = a + 1; b < m; b++) {
        const dn = data[a * n + k] - data[b * n + k];
        const dB = B[a] - B[b];
        const denom = dB - dn;
        if (denom === 0) continue;
        const t = dB / denom;
        if (t < 0 || t > 1) continue;
        const ahead = score[a] >= score[b];
        reversals.push({ a: ahead ? a : b, b: ahead ? b : a, weight: t });
      }
    reversals.sort((x, y) => Math.abs(x.weight - wk) - Math.abs(y.weight - wk));
    out.push({ criterion: k, current: wk, reversals });
  }
  return out;
}

interface SweepPoint {
  at: number;
  scores: number[];
  rank: number[];
}

/** Weights with criterion k set to t and the others scaled proportionally (equal shares if they were all 0). */
export function weightsWith(weights: readonly number[], k: number, t: number): number[] {
  const total = weights.reduce((a, b) => a + b, 0);
  const rest = total - weights[k];
  const n = weights.length;
  return weights.map((w, j) => {
    if (j === k) return t;
    if (rest > 0) return (w / rest) * (1 - t);
    return n > 1 ? (1 - t) / (n - 1) : 0;
  });
}

/** One-at-a-time sweep of criterion k's weight over `values` (others scaled proportionally), any method. */
export function sweepWeight(input: RankInput, k: number, values: readonly number[]): SweepPoint[] {
  if (!(k >= 0 && k < input.weights.length))
    throw new EngineError('invalid-parameter', `no criterion ${k}`, ['criterion']);
  const base = normalizeWeights(input.weights);
  return values.map((t) => {
    if (!(t >= 0 && t <= 1)) throw new EngineError('invalid-parameter', `weight ${t} is outside [0, 1]`, ['values']);
    const r = rankAlternatives({ ...input, weights: weightsWith(base, k, t) });
    return { at: t, scores: r.scores, rank: r.rank };
  });
}

/** One-at-a-time sweep of one cell's value (alternative i, criterion k) over `values`, any method. */
export function sweepValue(input: RankInput, i: number, k: number, values: readonly number[]): SweepPoint[] {
  const matrix = toDense(input.matrix);
  if (!(i >= 0 && i < matrix.rows && k >= 0 && k < matrix.cols))
    throw new EngineError('invalid-parameter', `no cell (${i}, ${k})`, ['cell']);
  return values.map((x) => {
    const data = Float64Array.from(matrix.data);
    data[i * matrix.cols + k] = x;
    const r = rankAlternatives({ ...input, matrix: { ...matrix, data } });
    return { at: x, scores: r.scores, rank: r.rank };
  });
}

interface WhatItTakes {
  criterion: number;
  /** The current value, the smallest improved value that reaches the target rank, and the change. */
  from: number;
  to: number;
  change: number;
  /** |change| over the criterion's observed range, to compare criteria. */
  relativeChange: number;
}

/**
 * "What it takes": for each criterion, the smallest change of alternative i's value (in the criterion's
 * better direction) that gives i rank ≤ target, found by doubling steps then bisection (60 steps) on the real
 * method; criteria where no value within `bounds` (default: 100 observed ranges beyond the value) reaches
 * the target are left out. Best option first, by relative change.
 */
export function whatItTakes(
  input: RankInput,
  i: number,
  target: number,
  bounds?: readonly (readonly [number, number] | null)[],
): WhatItTakes[] {
  const matrix = toDense(input.matrix);
  const { rows: m, cols: n } = matrix;
  if (!(i >= 0 && i < m)) throw new EngineError('invalid-parameter', `no alternative ${i}`, ['alternative']);
  if (!(Number.isInteger(target) && target >= 1 && target <= m))
    throw new EngineError('invalid-parameter', `target rank must be between 1 and ${m}`, ['target']);
  const rankWith = (k: number, x: number): number => {
    const data = Float64Array.from(matrix.data);
    data[i * n + k] = x;
    try {
      return rankAlternatives({ ...input, matrix: { rows: m, cols: n, data } }).rank[i];
    } catch {
      return Infinity; // a value the method cannot take (e.g. negative under a ratio normalization)
    }
  };
  const current = rankAlternatives(input).rank[i];
  const results: WhatItTakes[] = [];
  for (let k = 0; k < n; k++) {
    const from = matrix.data[i * n + k];
    if (Number.isNaN(from)) continue;
    if (current <= target) {
      results.push({ criterion: k, from, to: from, change: 0, relativeChange: 0 });
      continue;
    }
    let lo = Infinity;
    let hi = -Infinity;
    for (let r = 0; r < m; r++) {
      const v = matrix.data[r * n + k];
      if (Number.isNaN(v)) continue;
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
    }
    const range = hi - lo > 0 ? hi - lo : Math.max(1, Math.abs(from));
    const sign = input.directions[k] === 'higher' ? 1 : -1;
    const bound = bounds?.[k];
    const limit = bound ? (sign > 0 ? bound[1] - from : from - bound[0]) : 100 * range;
    if (!(limit > 0)) continue;
    let fail = 0;
    let step = Math.min(range / 64, limit);
    let ok = -1;
    while (step <= limit) {
      if (rankWith(k, from + sign * step) <= target) {
        ok = step;
        break;
      }
      fail = step;
      if (step === limit) break;
      step = Math.min(step * 2, limit);
    }
    if (ok < 0) continue;
    for (let it = 0; it < 60; it++) {
      const mid = (fail + ok) / 2;
      if (mid === fail || mid === ok) break;
      if (rankWith(k, from + sign * mid) <= target) ok = mid;
      else fail = mid;
    }
    results.push({ criterion: k, from, to: from + sign * ok, change: sign * ok, relativeChange: ok / range });
  }
  return results.sort((a, b) => a.relativeChange - b.relativeChange);
}

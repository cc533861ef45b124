import { EngineError } from './errors';
import type { DenseMatrix } from './matrix';

/** One alternative's weighted-sum score along the sweep: S(t) = start + (end − start)·t, t ∈ [0, 1]. */
interface SweepLine {
  /** S(0): the others' weights scaled up to sum 1. */
  start: number;
  /** S(1): the swept criterion alone. */
  end: number;
}

/** Two lines meeting inside the sweep: `ahead` leads `behind` at the current weight (or ties with it). */
interface SweepCrossing {
  ahead: number;
  behind: number;
  at: number;
  score: number;
}

interface WeightSweep {
  criterion: number;
  /** The criterion's weight now (the others sum to 1 − current). */
  current: number;
  /** Per alternative (row of the matrix). */
  lines: SweepLine[];
  /** Every pair's crossing with 0 < t < 1, by t. */
  crossings: SweepCrossing[];
}

/** A crossing this close to 0 or 1 is a tie at the end of the range, where nothing swaps (as the stability table). */
const EDGE = 1e-9;

/**
 * The weighted sum along a one-at-a-time sweep of criterion k (others scaled proportionally, Triantaphyllou &
 * Sánchez 1997): w_j(t) = w_j (1 − t)/(1 − w_k), so each score is linear in t and drawn exactly by its two ends,
 * S_a(0) = Σ_{j≠k} w_j n_aj/(1 − w_k) (equal shares of the others when w_k = 1) and S_a(1) = n_ak. Two lines cross
 * where S_a(t) = S_b(t): t = (S_b(0) − S_a(0)) / ((S_a(1) − S_a(0)) − (S_b(1) − S_b(0))). `normalized` is complete
 * (higher = better), `weights` sum to 1.
 */
export function weightSweep(normalized: DenseMatrix, weights: ArrayLike<number>, k: number): WeightSweep {
  const { rows: m, cols: n, data } = normalized;
  if (weights.length !== n) throw new EngineError('shape', `${weights.length} weights for ${n} criteria`, ['weights']);
  if (!(Number.isInteger(k) && k >= 0 && k < n))
    throw new EngineError('invalid-parameter', `no criterion ${k}`, ['criterion']);
  const wk = weights[k];
  const lines: SweepLine[] = [];
  const now: number[] = [];
  for (let a = 0; a < m; a++) {
    let rest = 0;
    let plain = 0;
    let score = 0;
    for (let j = 0; j < n; j++) {
      const v = data[a * n + j];
      if (Number.isNaN(v))
        throw new EngineError('missing-value', `value at row ${a}, column ${j} is missing`, ['matrix', a, j]);
      score += weights[j] * v;
      if (j === k) continue;
      rest += weights[j] * v;
      plain += v;
    }
    const end = data[a * n + k];
    const start = wk < 1 ? rest / (1 - wk) : n > 1 ? plain / (n - 1) : end;
    lines.push({ start, end });
    now.push(score);
  }
  const crossings: SweepCrossing[] = [];
  for (let a = 0; a < m; a++)
    for (let b = a + 1; b < m; b++) {
      const la = lines[a];
      const lb = lines[b];
      const denom = la.end - la.start - (lb.end - lb.start);
      if (denom === 0) continue; // parallel (or the same line): they never swap
      const at = (lb.start - la.start) / denom;
      if (!(at > EDGE && at < 1 - EDGE)) continue;
      const first = now[a] >= now[b];
      crossings.push({
        ahead: first ? a : b,
        behind: first ? b : a,
        at,
        score: la.start + (la.end - la.start) * at,
      });
    }
  crossings.sort((x, y) => x.at - y.at);
  return { criterion: k, current: wk, lines, crossings };
}

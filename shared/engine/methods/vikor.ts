import { assertComplete } from '../matrix';
import { spanScale } from '../normalize';
import { competitionRanks } from '../rank';
import type { MethodInput, MethodResult } from './types';

export interface VikorDetails {
  v: number;
  S: Float64Array;
  R: Float64Array;
  Q: Float64Array;
  /** C1, acceptable advantage: Q(a2) − Q(a1) ≥ DQ = 1/(m − 1). */
  acceptableAdvantage: boolean;
  /** C2, acceptable stability: a1 is also best ranked by S or by R. */
  acceptableStability: boolean;
  /** Indices of the compromise solutions, best Q first. */
  compromise: number[];
}

/**
 * VIKOR (Opricovic 1998; Opricovic & Tzeng 2004) on raw values with directions: f*_j / f⁻_j the best /
 * worst value of criterion j; d_ij = w_j (f*_j − f_ij)/(f*_j − f⁻_j) (0 for a constant criterion);
 * S_i = Σ_j d_ij, R_i = max_j d_ij, Q_i = v (S_i − S*)/(S⁻ − S*) + (1 − v)(R_i − R*)/(R⁻ − R*), a term
 * being 0 when its span is 0. Lower Q is better. Compromise set: {a1} when C1 and C2 hold; {a1, a2} when
 * only C2 fails; a1 … aM with Q(aM) − Q(a1) < DQ when C1 fails.
 */
const TIE = 1e-12;

export function vikor(input: MethodInput): MethodResult<VikorDetails> {
  assertComplete(input.matrix);
  const v = input.v ?? 0.5;
  const { rows, cols, data } = input.matrix;
  const w = input.weights;
  const S = new Float64Array(rows);
  const R = new Float64Array(rows);
  for (let j = 0; j < cols; j++) {
    let lo = Infinity;
    let hi = -Infinity;
    for (let i = 0; i < rows; i++) {
      const x = data[i * cols + j];
      if (x < lo) lo = x;
      if (x > hi) hi = x;
    }
    const benefit = input.directions[j] === 'higher';
    const best = benefit ? hi : lo;
    // Halved when hi − lo would overflow (exact): [−1e308, 1e308] still gives regrets in [0, w_j].
    const s = spanScale(lo, hi);
    const span = hi * s - lo * s;
    for (let i = 0; i < rows; i++) {
      const d = span === 0 ? 0 : w[j] * (Math.abs(best * s - data[i * cols + j] * s) / span);
      S[i] += d;
      if (d > R[i]) R[i] = d;
    }
  }
  let [sBest, sWorst, rBest, rWorst] = [Infinity, -Infinity, Infinity, -Infinity];
  for (let i = 0; i < rows; i++) {
    sBest = Math.min(sBest, S[i]);
    sWorst = Math.max(sWorst, S[i]);
    rBest = Math.min(rBest, R[i]);
    rWorst = Math.max(rWorst, R[i]);
  }
  const Q = new Float64Array(rows);
  // S and R lie in [0, 1] (weights sum to 1): a spread below TIE is rounding (the same regrets summed in another
  // criteria order), not a difference, and dividing by it would swing Q by up to 1 − v.
  for (let i = 0; i < rows; i++) {
    const qs = sWorst - sBest > TIE ? (S[i] - sBest) / (sWorst - sBest) : 0;
    const qr = rWorst - rBest > TIE ? (R[i] - rBest) / (rWorst - rBest) : 0;
    Q[i] = v * qs + (1 - v) * qr;
  }
  const { order } = competitionRanks(Array.from(Q), 'lower');
  const a1 = order[0];
  let acceptableAdvantage = true;
  let acceptableStability = true;
  let compromise = [a1];
  if (rows > 1) {
    const dq = 1 / (rows - 1);
    acceptableAdvantage = Q[order[1]] - Q[a1] >= dq - 1e-12;
    const bestS = competitionRanks(Array.from(S), 'lower').rank[a1] === 1;
    const bestR = competitionRanks(Array.from(R), 'lower').rank[a1] === 1;
    acceptableStability = bestS || bestR;
    if (!acceptableAdvantage) compromise = order.filter((i) => Q[i] - Q[a1] < dq - 1e-12);
    else if (!acceptableStability) compromise = [a1, order[1]];
  }
  return {
    scores: Q,
    better: 'lower',
    details: { v, S, R, Q, acceptableAdvantage, acceptableStability, compromise },
  };
}

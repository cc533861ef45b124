import { EngineError } from '../errors';
import { assertComplete } from '../matrix';
import { applyPlan, columnPlan, normalizedDifference, powerOfTwoScale } from '../normalize';
import type { MethodInput, MethodResult, NormalizedDetails } from './types';

export interface TopsisDetails extends NormalizedDetails {
  /** Distance to the ideal (D⁺) and to the anti-ideal (D⁻) point. */
  dPlus: Float64Array;
  dMinus: Float64Array;
}

/**
 * TOPSIS (Hwang & Yoon 1981): v_ij = w_j·n_ij on direction-aware normalized values (default min-max, as
 * in pymcdm; `vector` gives the classic variant). Ideal = column max of v, anti-ideal = column min;
 * D⁺_i = √Σ_j (v_ij − v⁺_j)², D⁻_i = √Σ_j (v_ij − v⁻_j)², C_i = D⁻/(D⁺ + D⁻). An alternative at both the ideal and
 * the anti-ideal (D⁺ = D⁻ = 0: every column constant after weighting) scores 0.5.
 * Numerics: v_ij − v⁺_j = w_j·(n_ij − n⁺_j) with the raw values subtracted before dividing where the normalization
 * is affine (normalizedDifference), and the distances taken as hypot takes them, over differences scaled by a power
 * of two near the largest (exact), so the squares neither overflow nor underflow; differences that overflow are
 * halved (C is a ratio). A distance itself beyond the largest double is a typed error (`out-of-range`).
 */
export function topsis(input: MethodInput): MethodResult<TopsisDetails> {
  assertComplete(input.matrix);
  const normalization = input.normalization ?? 'minmax';
  const plan = columnPlan(input.matrix, input.directions, normalization, input.normalizationContext);
  const normalized = applyPlan(input.matrix, plan);
  const { rows, cols, data: n } = normalized;
  const x = input.matrix.data;
  const w = input.weights;
  // The rows holding the ideal (highest n) and the anti-ideal (lowest n) of each column; w ≥ 0 keeps them for v.
  const ideal = new Int32Array(cols);
  const anti = new Int32Array(cols);
  for (let i = 1; i < rows; i++)
    for (let j = 0; j < cols; j++) {
      if (n[i * cols + j] > n[ideal[j] * cols + j]) ideal[j] = i;
      if (n[i * cols + j] < n[anti[j] * cols + j]) anti[j] = i;
    }
  const toIdeal = new Float64Array(cols);
  const toAnti = new Float64Array(cols);
  const dPlus = new Float64Array(rows);
  const dMinus = new Float64Array(rows);
  const scores = new Float64Array(rows);
  /** Row i's weighted differences to the ideal and anti-ideal (halved with `half`); returns the largest magnitude. */
  const differences = (i: number, half: boolean): number => {
    let big = 0;
    for (let j = 0; j < cols; j++) {
      if (w[j] === 0) {
        toIdeal[j] = toAnti[j] = 0;
        continue;
      }
      const xi = x[i * cols + j];
      toIdeal[j] = w[j] * normalizedDifference(plan, j, i, ideal[j], xi, x[ideal[j] * cols + j], half);
      toAnti[j] = w[j] * normalizedDifference(plan, j, i, anti[j], xi, x[anti[j] * cols + j], half);
      big = Math.max(big, Math.abs(toIdeal[j]), Math.abs(toAnti[j]));
    }
    return big;
  };
  for (let i = 0; i < rows; i++) {
    let big = differences(i, false);
    const half = !Number.isFinite(big);
    if (half) big = differences(i, true);
    const s = powerOfTwoScale(big);
    let p = 0;
    let m = 0;
    for (let j = 0; j < cols; j++) {
      p += (toIdeal[j] * s) ** 2;
      m += (toAnti[j] * s) ** 2;
    }
    const dp = Math.sqrt(p);
    const dm = Math.sqrt(m);
    dPlus[i] = (half ? 2 : 1) * (dp / s);
    dMinus[i] = (half ? 2 : 1) * (dm / s);
    if (!Number.isFinite(dPlus[i] + dMinus[i]))
      throw new EngineError(
        'out-of-range',
        `TOPSIS: the distance of alternative ${i} to the ideal or anti-ideal is beyond the largest number; rescale the criteria or choose another normalization`,
        ['matrix', i],
      );
    scores[i] = dp + dm > 0 ? dm / (dp + dm) : 0.5;
  }
  return { scores, better: 'higher', details: { normalization, normalized, dPlus, dMinus } };
}

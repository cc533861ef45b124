import { EngineError } from '../errors';
import { assertComplete } from '../matrix';
import { applyPlan, columnPlan, isAffine, powerOfTwoScale } from '../normalize';
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
 * is affine (isAffine), and the distances taken as hypot takes them, over differences scaled by a power
 * of two near the largest (exact) when they are beyond 2^±400, so the squares neither overflow nor underflow;
 * differences that overflow are halved (C is a ratio). A distance itself beyond the largest double is a typed error (`out-of-range`).
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
  // Per column the ideal and anti-ideal as raw scaled values (affine columns, subtracted before dividing) or as
  // normalized values (the others).
  const affine = Array.from({ length: cols }, (_, j) => isAffine(plan, j));
  const idealAt = Float64Array.from(affine, (a, j) =>
    a ? plan.scale[j] * x[ideal[j] * cols + j] : n[ideal[j] * cols + j],
  );
  const antiAt = Float64Array.from(affine, (a, j) =>
    a ? plan.scale[j] * x[anti[j] * cols + j] : n[anti[j] * cols + j],
  );
  /**
   * Row i's squared distances to the ideal and anti-ideal over differences times h·scale, and the largest difference.
   * Where that largest difference lies within 2^±400 no square can overflow or underflow and scale = 1 is exact.
   */
  const distances = (i: number, h: number, scale: number): [number, number, number] => {
    let p = 0;
    let m = 0;
    let big = 0;
    for (let j = 0; j < cols; j++) {
      if (w[j] === 0) continue;
      const v = affine[j] ? plan.scale[j] * x[i * cols + j] : n[i * cols + j];
      const d = affine[j] ? plan.div[j] : 1;
      const toIdeal = w[j] * ((v * h - idealAt[j] * h) / d);
      const toAnti = w[j] * ((v * h - antiAt[j] * h) / d);
      big = Math.max(big, Math.abs(toIdeal), Math.abs(toAnti));
      p += (toIdeal * scale) ** 2;
      m += (toAnti * scale) ** 2;
    }
    return [p, m, big];
  };
  const dPlus = new Float64Array(rows);
  const dMinus = new Float64Array(rows);
  const scores = new Float64Array(rows);
  for (let i = 0; i < rows; i++) {
    let h = 1;
    let s = 1;
    let [p, m, big] = distances(i, h, s);
    if (!Number.isFinite(big)) [p, m, big] = distances(i, (h = 0.5), s); // differences overflow: halve them
    if (big > 2 ** 400 || (big > 0 && big < 2 ** -400)) [p, m] = distances(i, h, (s = powerOfTwoScale(big)));
    const dp = Math.sqrt(p);
    const dm = Math.sqrt(m);
    dPlus[i] = dp / s / h;
    dMinus[i] = dm / s / h;
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

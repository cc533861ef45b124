import { assertComplete } from '../matrix';
import { normalizeMatrix, powerOfTwoScale } from '../normalize';
import type { MethodInput, MethodResult, NormalizedDetails } from './types';

export interface TopsisDetails extends NormalizedDetails {
  /** Distance to the ideal (D⁺) and to the anti-ideal (D⁻) point. */
  dPlus: Float64Array;
  dMinus: Float64Array;
}

/**
 * TOPSIS (Hwang & Yoon 1981): v_ij = w_j·n_ij on direction-aware normalized values (default min-max, as
 * in pymcdm; `vector` gives the classic variant). Ideal = column max of v, anti-ideal = column min;
 * C_i = D⁻/(D⁺ + D⁻). An alternative at both the ideal and the anti-ideal (D⁺ = D⁻ = 0: every column constant
 * after weighting) scores 0.5.
 */
export function topsis(input: MethodInput): MethodResult<TopsisDetails> {
  assertComplete(input.matrix);
  const normalization = input.normalization ?? 'minmax';
  const normalized = normalizeMatrix(input.matrix, input.directions, normalization, input.normalizationContext);
  const { rows, cols, data } = normalized;
  const w = input.weights;
  const ideal = new Float64Array(cols).fill(-Infinity);
  const anti = new Float64Array(cols).fill(Infinity);
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) {
      const v = w[j] * data[i * cols + j];
      if (v > ideal[j]) ideal[j] = v;
      if (v < anti[j]) anti[j] = v;
    }
  }
  const dPlus = new Float64Array(rows);
  const dMinus = new Float64Array(rows);
  const scores = new Float64Array(rows);
  for (let i = 0; i < rows; i++) {
    // Distances as hypot takes them: over differences scaled by a power of two near the largest (exact), so
    // the squares neither overflow nor underflow; C_i is the ratio of the scaled distances.
    let big = 0;
    for (let j = 0; j < cols; j++) {
      const v = w[j] * data[i * cols + j];
      big = Math.max(big, ideal[j] - v, v - anti[j]);
    }
    const s = powerOfTwoScale(big);
    let p = 0;
    let m = 0;
    for (let j = 0; j < cols; j++) {
      const v = w[j] * data[i * cols + j];
      p += ((v - ideal[j]) * s) ** 2;
      m += ((v - anti[j]) * s) ** 2;
    }
    const dp = Math.sqrt(p);
    const dm = Math.sqrt(m);
    dPlus[i] = dp / s;
    dMinus[i] = dm / s;
    scores[i] = dp + dm > 0 ? dm / (dp + dm) : 0.5;
  }
  return { scores, better: 'higher', details: { normalization, normalized, dPlus, dMinus } };
}

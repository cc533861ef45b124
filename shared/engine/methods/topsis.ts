import { assertComplete } from '../matrix';
import { normalizeMatrix } from '../normalize';
import type { MethodInput, MethodResult, NormalizedDetails } from './types';

export interface TopsisDetails extends NormalizedDetails {
  /** Distance to the ideal (D⁺) and to the anti-ideal (D⁻) point. */
  dPlus: Float64Array;
  dMinus: Float64Array;
}

/**
 * TOPSIS (Hwang & Yoon 1981): v_ij = w_j·n_ij on direction-aware normalized values (default min-max, as
 * in pymcdm; `vector` gives the classic variant). Ideal = column max of v, anti-ideal = column min;
 * C_i = D⁻/(D⁺ + D⁻). When every column is constant (D⁺ = D⁻ = 0) all alternatives score 0.5.
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
    let p = 0;
    let m = 0;
    for (let j = 0; j < cols; j++) {
      const v = w[j] * data[i * cols + j];
      p += (v - ideal[j]) ** 2;
      m += (v - anti[j]) ** 2;
    }
    dPlus[i] = Math.sqrt(p);
    dMinus[i] = Math.sqrt(m);
    const total = dPlus[i] + dMinus[i];
    scores[i] = total > 0 ? dMinus[i] / total : 0.5;
  }
  return { scores, better: 'higher', details: { normalization, normalized, dPlus, dMinus } };
}

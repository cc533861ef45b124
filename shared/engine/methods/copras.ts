import { assertComplete } from '../matrix';
import { normalizeMatrix } from '../normalize';
import type { DenseMatrix } from '../matrix';
import type { MethodInput, MethodResult } from './types';

export interface CoprasDetails {
  /** x_ij / Σ_i x_ij (no direction flip: COPRAS splits benefit and cost sums instead). */
  normalized: DenseMatrix;
  sPlus: Float64Array;
  sMinus: Float64Array;
  Q: Float64Array;
  /** 100·Q/Qmax. */
  utility: Float64Array;
}

/**
 * COPRAS (Zavadskas, Kaklauskas & Šarka 1994; Zavadskas et al. 2007): d_ij = w_j x_ij / Σ_i x_ij;
 * S⁺_i, S⁻_i the sums over benefit and cost criteria; Q_i = S⁺_i + (min S⁻ · ΣS⁻)/(S⁻_i · Σ_k min S⁻/S⁻_k)
 * (every ratio min S⁻/S⁻_k in (0, 1], so nothing overflows); when some S⁻ are 0 their limit gives them ΣS⁻
 * shared equally and the others 0; without cost criteria (or all cost values 0) Q_i = S⁺_i. Utility
 * N_i = 100·Q_i/Qmax (100 for all when every Q is 0). Values must be non-negative.
 */
export function copras(input: MethodInput): MethodResult<CoprasDetails> {
  assertComplete(input.matrix);
  const { rows, cols } = input.matrix;
  const normalized = normalizeMatrix(
    input.matrix,
    input.directions.map(() => 'higher'),
    'sum',
  );
  const w = input.weights;
  const sPlus = new Float64Array(rows);
  const sMinus = new Float64Array(rows);
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) {
      const d = w[j] * normalized.data[i * cols + j];
      if (input.directions[j] === 'higher') sPlus[i] += d;
      else sMinus[i] += d;
    }
  }
  const total = sMinus.reduce((a, b) => a + b, 0);
  const zeros = sMinus.reduce((a, s) => a + (s === 0 ? 1 : 0), 0);
  const smallest = sMinus.reduce((a, s) => (s > 0 && s < a ? s : a), Infinity);
  // Σ_k min S⁻/S⁻_k: every term in (0, 1], so no reciprocal of a tiny S⁻ overflows.
  const ratioSum = sMinus.reduce((a, s) => a + (s > 0 ? smallest / s : 0), 0);
  const Q = new Float64Array(rows);
  for (let i = 0; i < rows; i++) {
    let relative = 0;
    if (total > 0)
      relative = zeros > 0 ? (sMinus[i] === 0 ? total / zeros : 0) : (total * (smallest / sMinus[i])) / ratioSum;
    Q[i] = sPlus[i] + relative;
  }
  const qMax = Q.reduce((a, b) => Math.max(a, b), -Infinity);
  const utility = Q.map((q) => (qMax > 0 ? (100 * q) / qMax : 100));
  return { scores: Q, better: 'higher', details: { normalized, sPlus, sMinus, Q, utility } };
}

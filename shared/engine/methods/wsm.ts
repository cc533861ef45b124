import { assertComplete, type DenseMatrix } from '../matrix';
import { applyPlan, columnPlan, normalizedValue } from '../normalize';
import type { MethodInput, MethodResult, NormalizedDetails } from './types';

/**
 * Weighted sum model (Fishburn 1967; Triantaphyllou 2000): S_i = Σ_j w_j·n_ij over normalized values
 * (default min-max). With skipMissing a missing value is left out and the row's weights renormalized over
 * the present criteria, S_i = Σ_present w_j·n_ij / Σ_present w_j (the "renormalize" missing-value policy);
 * without it a missing value is an error. n_ij is computed by the normalization's column plan, the very
 * values `normalizeMatrix` returns, in one pass per row, so each composite is the sum of the contributions
 * w_j·n_ij shown beside it; the normalized matrix is only built when `details.normalized` is read.
 */
export function wsm(input: MethodInput): MethodResult<NormalizedDetails> {
  const normalization = input.normalization ?? 'minmax';
  const { rows, cols, data } = input.matrix;
  const w = input.weights;
  const plan = columnPlan(input.matrix, input.directions, normalization, input.normalizationContext);
  const scores = new Float64Array(rows);
  /** Σ w_j·n_ij over the present values of row i, renormalized by their weights when some are missing. */
  const rowScore = (i: number): number => {
    const base = i * cols;
    let s = 0;
    let present = 0;
    let missing = false;
    for (let j = 0; j < cols; j++) {
      const v = normalizedValue(plan, i, j, data[base + j]);
      if (v === v) {
        s += w[j] * v;
        present += w[j];
      } else missing = true;
    }
    if (!missing) return s;
    if (!input.skipMissing) assertComplete(input.matrix);
    return present > 0 ? s / present : 0;
  };
  if (plan.affineOnly) {
    // The same n_ij as normalizedValue, inlined; a NaN sum reveals a missing value and takes the general path.
    const { scale, off, div, add } = plan;
    for (let i = 0; i < rows; i++) {
      const base = i * cols;
      let s = 0;
      for (let j = 0; j < cols; j++) s += w[j] * ((scale[j] * data[base + j] - off[j]) / div[j] + add[j]);
      scores[i] = s === s ? s : rowScore(i);
    }
  } else for (let i = 0; i < rows; i++) scores[i] = rowScore(i);
  let normalized: DenseMatrix | null = null;
  return {
    scores,
    better: 'higher',
    details: {
      normalization,
      get normalized() {
        return (normalized ??= applyPlan(input.matrix, plan));
      },
    },
  };
}

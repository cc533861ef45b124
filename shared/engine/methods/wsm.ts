import { dot } from '../dot';
import { assertComplete, type DenseMatrix } from '../matrix';
import { affineNormalization, normalizeMatrix } from '../normalize';
import type { MethodInput, MethodResult, NormalizedDetails } from './types';

/**
 * Weighted sum model (Fishburn 1967; Triantaphyllou 2000): S_i = Σ_j w_j·n_ij over normalized values
 * (default min-max). With skipMissing a missing value is left out and the row's weights renormalized over
 * the present criteria (the "renormalize" missing-value policy); without it a missing value is an error.
 * For affine normalizations the sum is taken on the raw values, S_i = Σ_j (w_j/div_j)·x_ij +
 * Σ_j w_j (add_j − off_j/div_j) (a NaN sum reveals a missing value and sends the matrix down the general
 * path), and the normalized matrix is only built when `details.normalized` is read.
 */
export function wsm(input: MethodInput): MethodResult<NormalizedDetails> {
  const normalization = input.normalization ?? 'minmax';
  const { rows, cols, data } = input.matrix;
  const w = input.weights;
  const scores = new Float64Array(rows);
  const affine = affineNormalization(input.matrix, input.directions, normalization, input.normalizationContext);
  let normalized: DenseMatrix | null = null;
  const normalize = () =>
    (normalized ??= normalizeMatrix(input.matrix, input.directions, normalization, input.normalizationContext));
  let complete = false;
  if (affine) {
    const a = new Float64Array(cols);
    let c = 0;
    for (let j = 0; j < cols; j++) {
      a[j] = w[j] / affine.div[j];
      c += w[j] * affine.add[j] - a[j] * affine.off[j];
    }
    let probe = 0;
    for (let i = 0; i < rows; i++) {
      const s = c + dot(a, 0, data, i * cols, cols);
      scores[i] = s;
      probe += s;
    }
    complete = probe === probe; // a missing value makes its row's sum NaN
  }
  if (!complete) {
    if (!input.skipMissing) assertComplete(input.matrix);
    const n = normalize().data;
    for (let i = 0; i < rows; i++) {
      const base = i * cols;
      let s = 0;
      let present = 0;
      let missing = false;
      for (let j = 0; j < cols; j++) {
        const v = n[base + j];
        if (v === v) {
          s += w[j] * v;
          present += w[j];
        } else missing = true;
      }
      scores[i] = missing ? (present > 0 ? s / present : 0) : s;
    }
  }
  return {
    scores,
    better: 'higher',
    details: {
      normalization,
      get normalized() {
        return normalize();
      },
    },
  };
}

import { EngineError } from '../errors';
import { assertComplete } from '../matrix';
import { normalizeMatrix } from '../normalize';
import type { MethodInput, MethodResult, NormalizedDetails } from './types';

/**
 * Weighted product model (Bridgman 1922; Miller & Starr 1969): P_i = Π_j n_ij^{w_j} over normalized
 * values (default `linear`: x/max, min/x). A zero normalized value makes the product 0; negative
 * normalized values (z-scores) are rejected. With skipMissing, weights are renormalized over present criteria.
 */
export function wpm(input: MethodInput): MethodResult<NormalizedDetails> {
  if (!input.skipMissing) assertComplete(input.matrix);
  const normalization = input.normalization ?? 'linear';
  const normalized = normalizeMatrix(input.matrix, input.directions, normalization, input.normalizationContext);
  const { rows, cols, data } = normalized;
  const w = input.weights;
  const scores = new Float64Array(rows);
  for (let i = 0; i < rows; i++) {
    const base = i * cols;
    let logSum = 0;
    let present = 0;
    let zero = false;
    let missing = false;
    for (let j = 0; j < cols; j++) {
      const v = data[base + j];
      if (v !== v) {
        missing = true;
        continue;
      }
      if (v < 0)
        throw new EngineError('negative-value', `WPM needs non-negative normalized values (row ${i}, criterion ${j})`, [
          'matrix',
          i,
          j,
        ]);
      present += w[j];
      if (w[j] === 0) continue;
      if (v === 0) zero = true;
      else logSum += w[j] * Math.log(v);
    }
    const exponent = missing && present > 0 ? logSum / present : logSum;
    scores[i] = zero || (missing && present === 0) ? 0 : Math.exp(exponent);
  }
  return { scores, better: 'higher', details: { normalization, normalized } };
}

import { EngineError } from '../errors';
import { assertComplete } from '../matrix';
import { normalizeMatrix } from '../normalize';
import type { Normalization } from '../types';
import type { MethodInput, MethodResult, NormalizedDetails } from './types';

/**
 * A zero normalized value would make the product 0 and tie every such alternative at 0 whatever its other
 * values: a typed error naming the cell, with the fix (linear is positive wherever the raw values are).
 */
function zeroValue(input: MethodInput, normalization: Normalization, i: number, j: number): EngineError {
  const raw = input.matrix.data[i * input.matrix.cols + j];
  const tie = 'which would tie it at 0 with every other such alternative whatever its other values';
  let message: string;
  if (raw === 0)
    message = `row ${i} has the value 0 on criterion ${j}, ${tie}; WPM needs positive values (or a weight of 0 for the criterion)`;
  else if (normalization === 'linear')
    message = `criterion ${j} is lower-is-better and has a 0, so min/x gives row ${i} the value 0, ${tie}; WPM needs positive values`;
  else
    message = `${normalization} normalization gives row ${i} the value 0 on criterion ${j}, ${tie}; choose linear normalization (x/max, min/x), or max for higher-is-better criteria`;
  return new EngineError('zero-value', `WPM multiplies normalized values: ${message}`, ['matrix', i, j]);
}

/**
 * Weighted product model (Bridgman 1922; Miller & Starr 1969): P_i = Π_j n_ij^{w_j} = exp(Σ_j w_j ln n_ij) over
 * normalized values (default `linear`: x/max, min/x), which must be positive where the weight is: a zero is a
 * typed error (`zero-value`, see zeroValue), a negative value (z-scores) too. With skipMissing, weights are
 * renormalized over present criteria.
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
    let missing = false;
    for (let j = 0; j < cols; j++) {
      const v = data[base + j];
      if (v !== v) {
        missing = true;
        continue;
      }
      if (v < 0)
        throw new EngineError(
          'negative-value',
          `WPM multiplies normalized values, which must be positive: ${normalization} normalization gives row ${i} a negative value on criterion ${j}; choose linear normalization (x/max, min/x)`,
          ['matrix', i, j],
        );
      present += w[j];
      if (w[j] === 0) continue;
      if (v === 0) throw zeroValue(input, normalization, i, j);
      logSum += w[j] * Math.log(v);
    }
    const exponent = missing && present > 0 ? logSum / present : logSum;
    scores[i] = missing && present === 0 ? 0 : Math.exp(exponent);
  }
  return { scores, better: 'higher', details: { normalization, normalized } };
}

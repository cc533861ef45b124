import { assertComplete, type DenseMatrix } from '../matrix';
import type { Direction } from '../types';
import { halve, preference, validate } from './promethee2';
import { outrankingSums } from './promethee-flows';
import type { PreferenceFunction } from './types';

/**
 * PROMETHEE II's net flow split by criterion (Brans & Mareschal 2005, the "profile" of an alternative):
 * φ(a) = Σ_j w_j φ_j(a) with the single-criterion net flow φ_j(a) = Σ_b [P_j(d_j(a, b)) − P_j(d_j(b, a))] / (m − 1).
 * Returns alternatives × criteria, cell (a, j) = w_j φ_j(a); each row adds up to the net flow of ./promethee2.ts.
 * Raw values with directions, `weights` summing to 1, preference functions as PROMETHEE II (default usual).
 */
export function prometheeNetFlowContributions(input: {
  matrix: DenseMatrix;
  directions: readonly Direction[];
  weights: ArrayLike<number>;
  preferences?: readonly PreferenceFunction[];
}): DenseMatrix {
  assertComplete(input.matrix);
  const { rows, cols, data } = input.matrix;
  const fns = Array.from({ length: cols }, (_, j) => {
    const f = input.preferences?.[j] ?? { type: 'usual' as const };
    validate(f, j);
    return f;
  });
  const halved = fns.map(halve);
  const sign = input.directions.map((d) => (d === 'higher' ? 1 : -1));
  const denom = rows > 1 ? rows - 1 : 1;
  const out = new Float64Array(rows * cols);
  const one = new Float64Array(cols);
  for (let j = 0; j < cols; j++) {
    if (input.weights[j] === 0) continue;
    // The outranking sums of criterion j alone: every other weight 0 (the sums skip those columns).
    one.fill(0);
    one[j] = input.weights[j];
    const sums = outrankingSums(data, rows, cols, fns, halved, one, sign, preference);
    for (let a = 0; a < rows; a++) out[a * cols + j] = (sums.out[a] - sums.inn[a]) / denom;
  }
  return { rows, cols, data: out };
}

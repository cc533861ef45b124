import type { EvaluatedCriterion, Evaluation } from './evaluate';
import type { DenseMatrix } from './matrix';

export type UsedMatrix =
  | { ok: true; criteria: EvaluatedCriterion[]; matrix: DenseMatrix; weights: number[] }
  | { ok: false; reason: 'incomplete' | 'too-few' };

/**
 * The normalized matrix an evaluation ranked (alternatives × the criteria in use, after the missing-value
 * policy; higher = better) and those criteria's weights renormalized to sum 1 (equal when all are 0), for
 * analyses of the ranking shown. Needs two alternatives, one criterion and a value in every cell.
 */
export function usedMatrix(evaluation: Evaluation): UsedMatrix {
  const criteria = evaluation.criteria.filter((c) => c.used);
  const alternatives = evaluation.alternatives;
  if (alternatives.length < 2 || criteria.length < 1) return { ok: false, reason: 'too-few' };
  const data = new Float64Array(alternatives.length * criteria.length);
  for (let i = 0; i < alternatives.length; i++)
    for (let j = 0; j < criteria.length; j++) {
      const v = alternatives[i].normalized[criteria[j].benchmark];
      if (v === null) return { ok: false, reason: 'incomplete' };
      data[i * criteria.length + j] = v;
    }
  const total = criteria.reduce((a, c) => a + c.weight, 0);
  const weights = criteria.map((c) => (total > 0 ? c.weight / total : 1 / criteria.length));
  return { ok: true, criteria, matrix: { rows: alternatives.length, cols: criteria.length, data }, weights };
}

import type { EvaluatedCriterion, Evaluation } from './evaluate';
import type { DenseMatrix } from '../engine/matrix';

type UsedMatrix =
  | { ok: true; criteria: EvaluatedCriterion[]; matrix: DenseMatrix; weights: number[] }
  | { ok: false; reason: 'incomplete' | 'too-few' };

/**
 * The normalized matrix an evaluation ranked (alternatives × the criteria in use, after the missing-value
 * policy; higher = better) and those criteria's weights renormalized to sum 1 (equal when all are 0), for
 * analyses of the ranking shown. Needs two alternatives, one criterion and a value in every cell.
 */
export function usedMatrix(evaluation: Evaluation): UsedMatrix {
  const columns = evaluation.criteria.flatMap((c, j) => (c.used ? [j] : []));
  const criteria = columns.map((j) => evaluation.criteria[j]);
  const rows = evaluation.alternatives.length;
  if (rows < 2 || criteria.length < 1) return { ok: false, reason: 'too-few' };
  const { data: all, cols } = evaluation.normalizedValues;
  const data = new Float64Array(rows * criteria.length);
  for (let i = 0; i < rows; i++)
    for (let c = 0; c < columns.length; c++) {
      const v = all[i * cols + columns[c]];
      if (Number.isNaN(v)) return { ok: false, reason: 'incomplete' };
      data[i * criteria.length + c] = v;
    }
  const total = criteria.reduce((a, c) => a + c.weight, 0);
  const weights = criteria.map((c) => (total > 0 ? c.weight / total : 1 / criteria.length));
  return { ok: true, criteria, matrix: { rows, cols: criteria.length, data }, weights };
}

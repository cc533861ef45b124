import type { EvaluatedCriterion, Evaluation } from './evaluate';
import type { DenseMatrix } from '../engine/matrix';

type UsedMatrix =
  | { ok: true; criteria: EvaluatedCriterion[]; matrix: DenseMatrix; weights: number[]; models: string[] }
  | { ok: false; reason: 'incomplete' | 'too-few' };

/**
 * The normalized matrix an evaluation ranked (alternatives × the criteria in use, after the missing-value
 * policy; higher = better) and those criteria's weights renormalized to sum 1 (equal when all are 0), for
 * analyses of the ranking shown. The rows are the alternatives that meet the coverage rule (those with
 * insufficient data rank after them whatever the weights; `models` names the rows). Needs two such alternatives, one
 * criterion and a value in every cell.
 */
export function usedMatrix(
  evaluation: Pick<Evaluation, 'criteria' | 'normalizedValues'> & {
    alternatives: Pick<Evaluation['alternatives'][number], 'model' | 'coverage'>[];
  },
): UsedMatrix {
  const columns = evaluation.criteria.flatMap((c, j) => (c.used ? [j] : []));
  const criteria = columns.map((j) => evaluation.criteria[j]);
  const kept = evaluation.alternatives.flatMap((a, i) => (a.coverage.insufficient ? [] : [i]));
  const rows = kept.length;
  if (rows < 2 || criteria.length < 1) return { ok: false, reason: 'too-few' };
  const { data: all, cols } = evaluation.normalizedValues;
  const data = new Float64Array(rows * criteria.length);
  for (let i = 0; i < rows; i++)
    for (let c = 0; c < columns.length; c++) {
      const v = all[kept[i] * cols + columns[c]];
      if (Number.isNaN(v)) return { ok: false, reason: 'incomplete' };
      data[i * criteria.length + c] = v;
    }
  const total = criteria.reduce((a, c) => a + c.weight, 0);
  const weights = criteria.map((c) => (total > 0 ? c.weight / total : 1 / criteria.length));
  const models = kept.map((i) => evaluation.alternatives[i].model);
  return { ok: true, criteria, matrix: { rows, cols: criteria.length, data }, weights, models };
}

import type { Direction, MissingPolicy } from './types';
import type { DenseMatrix } from './matrix';
import { powerOfTwoScale } from './normalize';

interface AffectedCell {
  row: number;
  /** Criterion index in the original matrix. */
  col: number;
  treatment: 'dropped' | 'renormalized' | 'worst' | 'mean';
}

export interface MissingOutcome {
  /** The policy actually applied (renormalize falls back to mean for methods that cannot skip cells). */
  policy: MissingPolicy;
  /** The matrix restricted to `columns`; NaN remains only under "renormalize". */
  matrix: DenseMatrix;
  /** Original indices of the criteria kept. */
  columns: number[];
  /** Original indices of the criteria removed ("drop", or no value at all). */
  dropped: number[];
  affected: AffectedCell[];
  notes: string[];
}

/**
 * Missing-value policies, applied to raw values before any normalization:
 * - drop: remove every criterion with a missing value;
 * - renormalize: keep the gap; additive methods (WSM, WPM, win rate) rescale that alternative's weights over
 *   its present criteria. Methods that need a full matrix get "mean" instead, and a note says so;
 * - worst: fill with the worst value observed on the criterion (min for higher-is-better, max otherwise);
 * - mean: fill with the mean of the observed values.
 * A criterion with no value at all is dropped under every policy.
 */
export function applyMissingPolicy(
  m: DenseMatrix,
  directions: readonly Direction[],
  requested: MissingPolicy,
  canSkipCells: boolean,
): MissingOutcome {
  const notes: string[] = [];
  const policy: MissingPolicy = requested === 'renormalize' && !canSkipCells ? 'mean' : requested;
  if (policy !== requested)
    notes.push('this method needs a value in every cell: missing values were imputed with the criterion mean');
  const { rows, cols, data } = m;
  const missingRows: number[][] = Array.from({ length: cols }, () => []);
  for (let i = 0; i < rows; i++)
    for (let j = 0; j < cols; j++) if (Number.isNaN(data[i * cols + j])) missingRows[j].push(i);
  const columns: number[] = [];
  const dropped: number[] = [];
  for (let j = 0; j < cols; j++) {
    const gaps = missingRows[j].length;
    if (gaps === rows || (gaps > 0 && policy === 'drop')) dropped.push(j);
    else columns.push(j);
  }
  if (dropped.some((j) => missingRows[j].length === rows && rows > 0))
    notes.push('criteria without any value were left out');
  const affected: AffectedCell[] = [];
  for (const j of dropped) for (const i of missingRows[j]) affected.push({ row: i, col: j, treatment: 'dropped' });
  const out = new Float64Array(rows * columns.length);
  columns.forEach((j, c) => {
    let fill = NaN;
    if (missingRows[j].length > 0 && (policy === 'worst' || policy === 'mean')) {
      let lo = Infinity;
      let hi = -Infinity;
      for (let i = 0; i < rows; i++) {
        const v = data[i * cols + j];
        if (v < lo) lo = v;
        if (v > hi) hi = v;
      }
      // The mean over values scaled by a power of two (exact), so the sum of 1e308 and 1e308 does not overflow.
      const s = powerOfTwoScale(Math.max(-lo, hi));
      let sum = 0;
      let count = 0;
      for (let i = 0; i < rows; i++) {
        const v = data[i * cols + j];
        if (Number.isNaN(v)) continue;
        sum += v * s;
        count++;
      }
      fill = policy === 'mean' ? sum / count / s : directions[j] === 'higher' ? lo : hi;
    }
    for (let i = 0; i < rows; i++) {
      const v = data[i * cols + j];
      out[i * columns.length + c] = Number.isNaN(v) ? fill : v;
    }
    for (const i of missingRows[j])
      affected.push({
        row: i,
        col: j,
        treatment: policy === 'drop' ? 'dropped' : (policy as AffectedCell['treatment']),
      });
  });
  affected.sort((a, b) => a.row - b.row || a.col - b.col);
  return { policy, matrix: { rows, cols: columns.length, data: out }, columns, dropped, affected, notes };
}

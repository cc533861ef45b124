import { EngineError } from '../../../../shared/engine/errors';
import type { MatrixEvaluation } from '../../../../shared/evaluation/evaluate';

/**
 * Why the scenario's normalization cannot be made for these values (the engine's message: frontier ratio without a
 * reference value, a ratio over negative values), or null when it can: the heatmap then has no shade to show.
 */
export function normalizationProblem(evaluation: MatrixEvaluation): string | null {
  try {
    void evaluation.normalizedValues;
    return null;
  } catch (error) {
    if (error instanceof EngineError) return error.message;
    throw error;
  }
}

/** What the grid reads per cell from an evaluation's dense matrices, by row number and benchmark id. */
export interface GridMatrix {
  /** The value used; null where missing. */
  value(row: number, benchmark: string): number | null;
  /** The normalized value's place between its column's worst and best (0–1, heatmap); null where missing. */
  heat(row: number, benchmark: string): number | null;
  /** The same by column number (the evaluation's criteria order), for comparing two matrices row by row. */
  valueAt(row: number, col: number): number | null;
  heatAt(row: number, col: number): number | null;
  readonly cols: number;
}

/**
 * Reads the evaluation's typed matrices directly, so 10,000 × 200 cells need no per-cell objects; the normalized
 * matrix and the heatmap's column ranges are read (in one pass) when first asked for, and there is no shade where the
 * normalization cannot be made (frontier ratio without a reference value, a ratio over negative values).
 */
export function gridMatrix(evaluation: MatrixEvaluation): GridMatrix {
  const { values } = evaluation;
  const cols = values.cols;
  const column = new Map<string, number>();
  evaluation.criteria.forEach((c, j) => column.set(c.benchmark, j));
  /** undefined: not read yet; null: the scenario's normalization cannot be made (the Results view says why). */
  let ranges: { lo: Float64Array; hi: Float64Array; normalized: Float64Array } | null | undefined;
  const rangesOf = () => {
    if (normalizationProblem(evaluation) !== null) return null;
    const normalized = evaluation.normalizedValues.data;
    const lo = new Float64Array(cols).fill(Infinity);
    const hi = new Float64Array(cols).fill(-Infinity);
    for (let k = 0; k < normalized.length; k++) {
      const v = normalized[k];
      const j = k % cols;
      if (!Number.isNaN(v)) [lo[j], hi[j]] = [Math.min(lo[j], v), Math.max(hi[j], v)];
    }
    return { lo, hi, normalized };
  };
  const valueAt = (row: number, col: number) => {
    const v = values.data[row * cols + col];
    return Number.isNaN(v) ? null : v;
  };
  const heatAt = (row: number, col: number) => {
    const k = row * cols + col;
    if (Number.isNaN(values.data[k])) return null;
    if (ranges === undefined) ranges = rangesOf();
    if (ranges === null) return null;
    const [lo, hi, v] = [ranges.lo[col], ranges.hi[col], ranges.normalized[k]];
    if (Number.isNaN(v)) return null;
    return !(hi >= lo) ? null : hi > lo ? (v - lo) / (hi - lo) : 1;
  };
  return {
    cols,
    valueAt,
    heatAt,
    value(row, benchmark) {
      const j = column.get(benchmark);
      return j === undefined ? null : valueAt(row, j);
    },
    heat(row, benchmark) {
      const j = column.get(benchmark);
      return j === undefined ? null : heatAt(row, j);
    },
  };
}

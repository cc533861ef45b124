import type { Evaluation } from '../../../../shared/evaluation/evaluate';

/** What the grid reads per cell from an evaluation's dense matrices, by row number and benchmark id. */
export interface GridMatrix {
  /** The value used; null where missing. */
  value(row: number, benchmark: string): number | null;
  /** The normalized value's place between its column's worst and best (0–1, heatmap); null where missing. */
  heat(row: number, benchmark: string): number | null;
}

/**
 * Reads the evaluation's typed matrices directly, so 10,000 × 200 cells need no per-cell objects; the heatmap's
 * column ranges are found in one pass when first asked for.
 */
export function gridMatrix(evaluation: Evaluation): GridMatrix {
  const { values, normalizedValues } = evaluation;
  const cols = values.cols;
  const column = new Map<string, number>();
  evaluation.criteria.forEach((c, j) => column.set(c.benchmark, j));
  let ranges: { lo: Float64Array; hi: Float64Array } | null = null;
  const rangesOf = () => {
    const lo = new Float64Array(cols).fill(Infinity);
    const hi = new Float64Array(cols).fill(-Infinity);
    for (let k = 0; k < normalizedValues.data.length; k++) {
      const v = normalizedValues.data[k];
      const j = k % cols;
      if (!Number.isNaN(v)) [lo[j], hi[j]] = [Math.min(lo[j], v), Math.max(hi[j], v)];
    }
    return { lo, hi };
  };
  const cell = (row: number, benchmark: string) => {
    const j = column.get(benchmark);
    return j === undefined ? -1 : row * cols + j;
  };
  return {
    value(row, benchmark) {
      const k = cell(row, benchmark);
      return k < 0 || Number.isNaN(values.data[k]) ? null : values.data[k];
    },
    heat(row, benchmark) {
      const k = cell(row, benchmark);
      if (k < 0 || Number.isNaN(values.data[k]) || Number.isNaN(normalizedValues.data[k])) return null;
      ranges ??= rangesOf();
      const [lo, hi, v] = [ranges.lo[k % cols], ranges.hi[k % cols], normalizedValues.data[k]];
      return !(hi >= lo) ? null : hi > lo ? (v - lo) / (hi - lo) : 1;
    },
  };
}

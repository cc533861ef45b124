import { assertComplete, type DenseMatrix } from '../matrix';
import { applyPlan, columnPlan, normalizedValue, type ColumnPlan } from '../normalize';
import type { MethodInput, MethodResult, NormalizedDetails } from './types';

/**
 * What WSM needs of a matrix that does not depend on the weights, built once per matrix, normalization and
 * directions (`prepareWsm`) and read by every weight edit (`wsmScores`): the normalized values n_ij in
 * column-major order (column j at j·rows), computed by the normalization's column plan, the very values
 * `normalizeMatrix` returns, with 0 in a missing cell; and the missing-value flags (`present`, column-major, 1 =
 * present; null when the matrix is complete). Nothing is built before it is read: the first ranking of a matrix (an
 * open) takes `sums`, one row-major pass over the raw values, and a weight edit `column(j)` of the columns it changes.
 */
export interface WsmColumns {
  readonly rows: number;
  readonly cols: number;
  readonly normalized: Float64Array;
  readonly present: Uint8Array | null;
  /** Rows with a missing value. */
  readonly missingRows: Int32Array;
  /** The normalized matrix (row-major, NaN = missing), built when read. */
  readonly matrix: () => DenseMatrix;
  /**
   * weightedSums and presentTotals for `weights` (bit for bit), with the rows with a missing value: over the columns
   * once they are built, else in one row-major pass over the raw values that builds nothing.
   */
  readonly sums: (weights: ArrayLike<number>) => RowSums;
  /**
   * Column j alone, as in `normalized` and `present` (flags null when the column is complete): built by itself,
   * kept, when the whole columns are not (a weight edit reads the columns it changes).
   */
  readonly column: (j: number) => { normalized: Float64Array; present: Uint8Array | null };
}

/** Σ_j w_j·n_ij per row (`sums`), and Σ_present w_j per row with a missing value (`totals`, null when complete). */
export interface RowSums {
  sums: Float64Array;
  totals: Float64Array | null;
  missingRows: Int32Array;
}

/** Rows per block of prepareWsm's transpose. */
const BLOCK = 64;

/**
 * The weight-independent part of WSM for `input` (see WsmColumns). A missing value without skipMissing is the
 * typed error naming the first missing cell, at the first read of the columns or their sums.
 */
export function prepareWsm(input: Omit<MethodInput, 'weights'>): WsmColumns {
  const normalization = input.normalization ?? 'minmax';
  const m = input.matrix;
  const { rows, cols } = m;
  const plan = columnPlan(m, input.directions, normalization, input.normalizationContext);
  let columns: Pick<WsmColumns, 'normalized' | 'present' | 'missingRows'> | null = null;
  const built = () => (columns ??= transposed(m, plan, input.skipMissing === true));
  let full: DenseMatrix | null = null;
  const single = new Map<number, { normalized: Float64Array; present: Uint8Array | null }>();
  return {
    rows,
    cols,
    get normalized() {
      return built().normalized;
    },
    get present() {
      return built().present;
    },
    get missingRows() {
      return built().missingRows;
    },
    matrix: () => (full ??= applyPlan(m, plan)),
    column(j) {
      if (columns) {
        const at = j * rows;
        const { normalized, present } = columns;
        return { normalized: normalized.subarray(at, at + rows), present: present && present.subarray(at, at + rows) };
      }
      let hit = single.get(j);
      if (!hit) single.set(j, (hit = oneColumn(m, plan, input.skipMissing === true, j)));
      return hit;
    },
    sums(weights) {
      if (!columns) return rowMajorSums(m, plan, input.skipMissing === true, weights);
      const prepared = { rows, cols, ...columns };
      return {
        sums: weightedSums(prepared, weights),
        totals: presentTotals(prepared, weights),
        missingRows: columns.missingRows,
      };
    },
  };
}

/** The normalized columns, missing-value flags and rows with a missing value of WsmColumns, in one transposing pass. */
function transposed(
  m: DenseMatrix,
  plan: ColumnPlan,
  skipMissing: boolean,
): Pick<WsmColumns, 'normalized' | 'present' | 'missingRows'> {
  const { rows, cols, data } = m;
  const normalized = new Float64Array(rows * cols);
  const { scale, off, div, add } = plan;
  // Blocks of BLOCK rows: the block's rows stay in cache while each column's run of BLOCK values is written.
  for (let i0 = 0; i0 < rows; i0 += BLOCK) {
    const i1 = Math.min(rows, i0 + BLOCK);
    for (let j = 0; j < cols; j++) {
      const k = j * rows;
      if (plan.affineOnly) {
        const [sj, oj, dj, aj] = [scale[j], off[j], div[j], add[j]];
        for (let i = i0; i < i1; i++) normalized[k + i] = (sj * data[i * cols + j] - oj) / dj + aj;
      } else for (let i = i0; i < i1; i++) normalized[k + i] = normalizedValue(plan, i, j, data[i * cols + j]);
    }
  }
  // The missing-value flags: NaN stays NaN through every plan; its cell then holds 0.
  let present: Uint8Array | null = null;
  for (let k = 0; k < normalized.length; k++) {
    if (normalized[k] === normalized[k]) continue;
    if (!skipMissing) assertComplete(m);
    present ??= new Uint8Array(rows * cols).fill(1);
    present[k] = 0;
    normalized[k] = 0;
  }
  const missing: number[] = [];
  for (let i = 0; present && i < rows; i++)
    for (let k = i; k < present.length; k += rows)
      if (!present[k]) {
        missing.push(i);
        break;
      }
  return { normalized, present, missingRows: Int32Array.from(missing) };
}

/** Column j of the transpose by itself: n_ij as the transpose computes it, 0 and flag 0 where missing. */
function oneColumn(
  m: DenseMatrix,
  plan: ColumnPlan,
  skipMissing: boolean,
  j: number,
): { normalized: Float64Array; present: Uint8Array | null } {
  const { rows, cols, data } = m;
  const { scale, off, div, add, affineOnly } = plan;
  const normalized = new Float64Array(rows);
  let present: Uint8Array | null = null;
  for (let i = 0; i < rows; i++) {
    const x = data[i * cols + j];
    const n = affineOnly ? (scale[j] * x - off[j]) / div[j] + add[j] : normalizedValue(plan, i, j, x);
    if (n === n) normalized[i] = n;
    else {
      if (!skipMissing) assertComplete(m);
      present ??= new Uint8Array(rows).fill(1);
      present[i] = 0;
    }
  }
  return { normalized, present };
}

/**
 * weightedSums and presentTotals from the raw values, row by row: each n_ij as the transpose computes it (0 where
 * missing), added to the row's sum j in order, so the sums are those of the columns bit for bit; a row with a
 * missing value then adds its present weights j in order (skipping w_j = 0, as presentTotals does).
 */
function rowMajorSums(m: DenseMatrix, plan: ColumnPlan, skipMissing: boolean, weights: ArrayLike<number>): RowSums {
  const { rows, cols, data } = m;
  const { scale, off, div, add, affineOnly } = plan;
  const sums = new Float64Array(rows);
  const missing: number[] = [];
  for (let i = 0; i < rows; i++) {
    const base = i * cols;
    let s = 0;
    let gaps = false;
    for (let j = 0; j < cols; j++) {
      const x = data[base + j];
      const n = affineOnly ? (scale[j] * x - off[j]) / div[j] + add[j] : normalizedValue(plan, i, j, x);
      if (n === n) s += weights[j] * n;
      else {
        if (!skipMissing) assertComplete(m);
        s += weights[j] * 0;
        gaps = true;
      }
    }
    sums[i] = s;
    if (gaps) missing.push(i);
  }
  if (!missing.length) return { sums, totals: null, missingRows: new Int32Array(0) };
  const totals = new Float64Array(missing.length);
  for (let q = 0; q < missing.length; q++) {
    const base = missing[q] * cols;
    let total = 0;
    for (let j = 0; j < cols; j++) {
      const w = weights[j];
      if (w === 0) continue;
      const x = data[base + j];
      const n = affineOnly ? (scale[j] * x - off[j]) / div[j] + add[j] : normalizedValue(plan, missing[q], j, x);
      total += w * (n === n ? 1 : 0);
    }
    totals[q] = total;
  }
  return { sums, totals, missingRows: Int32Array.from(missing) };
}

/**
 * Weighted sum model (Fishburn 1967; Triantaphyllou 2000): S_i = Σ_j w_j·n_ij over normalized values
 * (default min-max). With skipMissing a missing value is left out and the row's weights renormalized over
 * the present criteria, S_i = Σ_present w_j·n_ij / Σ_present w_j (the "renormalize" missing-value policy).
 * One fused pass over the prepared columns adds w_j·n_ij to every row's sum, j in order, so each composite is
 * the left-to-right sum of the contributions w_j·n_ij shown beside it, bit for bit (a missing cell adds w·0 = ±0,
 * which leaves a sum that starts at +0 unchanged). rankPrepared takes this pass below INCREMENTAL_FROM cells;
 * from there it keeps sums between weight edits (wsm-edits.ts), the composite then within that file's bound of
 * this one and of the sum of the contributions.
 */
export function wsmScores(prepared: WsmColumns, weights: ArrayLike<number>): Float64Array {
  const { missingRows } = prepared;
  const scores = weightedSums(prepared, weights);
  const total = presentTotals(prepared, weights);
  if (!total) return scores;
  for (let q = 0; q < missingRows.length; q++) {
    const i = missingRows[q];
    scores[i] = total[q] > 0 ? scores[i] / total[q] : 0;
  }
  return scores;
}

/** Σ_j w_j·n_ij per row, j in order (a missing cell adds w·0 = ±0): one fused pass over the prepared columns. */
export function weightedSums(
  prepared: Pick<WsmColumns, 'rows' | 'cols' | 'normalized'>,
  weights: ArrayLike<number>,
): Float64Array {
  const { rows, cols, normalized } = prepared;
  const scores = new Float64Array(rows);
  // Four columns a visit, each row's sum kept in a register between them: the same additions in the same order.
  let j = 0;
  for (; j + 3 < cols; j += 4) {
    const w0 = weights[j];
    const w1 = weights[j + 1];
    const w2 = weights[j + 2];
    const w3 = weights[j + 3];
    const k0 = j * rows;
    const k1 = k0 + rows;
    const k2 = k1 + rows;
    const k3 = k2 + rows;
    for (let i = 0; i < rows; i++) {
      let s = scores[i];
      s += w0 * normalized[k0 + i];
      s += w1 * normalized[k1 + i];
      s += w2 * normalized[k2 + i];
      s += w3 * normalized[k3 + i];
      scores[i] = s;
    }
  }
  for (; j < cols; j++) {
    const w = weights[j];
    for (let i = 0, k = j * rows; i < rows; i++, k++) scores[i] += w * normalized[k];
  }
  return scores;
}

/**
 * Σ_present w_j per row with a missing value (indexed like `missingRows`), j in order; null when the matrix is
 * complete. w·1 = w and w·0 = +0 exactly, so the flags multiply instead of branching.
 */
export function presentTotals(
  prepared: Pick<WsmColumns, 'rows' | 'cols' | 'present' | 'missingRows'>,
  weights: ArrayLike<number>,
): Float64Array | null {
  const { rows, cols, present, missingRows } = prepared;
  if (!present) return null;
  const total = new Float64Array(missingRows.length);
  for (let j = 0; j < cols; j++) {
    const w = weights[j];
    if (w === 0) continue;
    for (let q = 0, k = j * rows; q < missingRows.length; q++) total[q] += w * present[k + missingRows[q]];
  }
  return total;
}

/** WSM from scratch: prepareWsm, then wsmScores; the normalized matrix is only built when `details.normalized` is read. */
export function wsm(input: MethodInput): MethodResult<NormalizedDetails> {
  return wsmResult(prepareWsm(input), input);
}

/** WSM's result over prepared columns (see wsm). */
export function wsmResult(
  prepared: WsmColumns,
  input: Pick<MethodInput, 'weights' | 'normalization'>,
  scores: Float64Array = wsmScores(prepared, input.weights),
): MethodResult<NormalizedDetails> {
  return {
    scores,
    better: 'higher',
    details: {
      normalization: input.normalization ?? 'minmax',
      get normalized() {
        return prepared.matrix();
      },
    },
  };
}

import type { Direction } from '../domain/dataset';
import type { Normalization } from '../domain/scenario';
import { EngineError } from './errors';
import type { DenseMatrix } from './matrix';

/**
 * Direction-aware normalizations; every output is higher-is-better. For a column x, benefit (b) or cost (c):
 *   minmax  b (x−min)/(max−min)   c (max−x)/(max−min)   constant column → 1          (Hwang & Yoon 1981)
 *   max     b x/max               c 1 − x/max           all-zero column → 1          (Jahan & Edwards 2015)
 *   linear  b x/max               c min/x               x = 0 (the minimum) → 1
 *   sum     b x/Σx                c (1/x)/Σ(1/x)        zeros in c share the mass; all-zero → 1/m
 *   vector  b x/√Σx²              c 1 − x/√Σx²          all-zero → as a constant column (1/√m)
 *   zscore  b (x−mean)/s          c (mean−x)/s          s = sample sd; s = 0 or one value → 0
 *   rank    1 = worst … n = best, ties get the mean of the ranks they span
 *   frontier-ratio   b x/ref   c ref/x      ref = best reference value of the column (> 0)
 *   random-baseline  b max(0, (x−r)/(best−r))   c max(0, (r−x)/(r−best))   r = random baseline (0 if unknown),
 *                    best = the scale's best value when given, else the column's best
 * max, linear, sum and vector are ratio scales: a negative value is a typed error. Missing values (NaN in,
 * null in arrays) stay missing and are ignored by the column statistics. Output never holds NaN from
 * arithmetic or ±Infinity.
 */
export interface NormalizationContext {
  /** frontier-ratio: best reference value per criterion. */
  references?: readonly (number | null)[];
  /** random-baseline: random-guess score per criterion (null = 0). */
  baselines?: readonly (number | null)[];
  /** random-baseline: best attainable value per criterion (scale max for benefit, min for cost). */
  bests?: readonly (number | null)[];
}

interface ColumnStats {
  min: Float64Array;
  max: Float64Array;
  /** Count, sum and sum of squares of the present values; only for the normalizations that need them. */
  count: Int32Array;
  sum: Float64Array;
  sumSq: Float64Array;
}

/** Whether column j has any value: NaN fails every comparison, so min ≤ max only once a value was seen. */
const present = (s: ColumnStats, j: number) => s.min[j] <= s.max[j];

/**
 * Per-column statistics of the present values in row-major passes: min and max always (NaN fails both
 * comparisons, so missing values are skipped without a test); count, sum and sum of squares only when the
 * normalization needs them.
 */
function columnStats(m: DenseMatrix, sums: boolean): ColumnStats {
  const { rows, cols, data } = m;
  const min = new Float64Array(cols).fill(Infinity);
  const max = new Float64Array(cols).fill(-Infinity);
  const count = new Int32Array(cols);
  const sum = new Float64Array(cols);
  const sumSq = new Float64Array(cols);
  for (let i = 0; i < rows; i++) {
    const base = i * cols;
    for (let j = 0; j < cols; j++) {
      const v = data[base + j];
      if (v < min[j]) min[j] = v;
      if (v > max[j]) max[j] = v;
    }
  }
  if (sums) {
    for (let i = 0; i < rows; i++) {
      const base = i * cols;
      for (let j = 0; j < cols; j++) {
        const v = data[base + j];
        if (v !== v) continue;
        count[j]++;
        sum[j] += v;
        sumSq[j] += v * v;
      }
    }
  }
  return { min, max, count, sum, sumSq };
}

const NEEDS_SUMS: ReadonlySet<Normalization> = new Set(['sum', 'vector', 'zscore']);

const RATIO_KINDS: ReadonlySet<Normalization> = new Set(['max', 'linear', 'sum', 'vector']);

function prepare(m: DenseMatrix, directions: readonly Direction[], kind: Normalization): ColumnStats {
  if (directions.length !== m.cols)
    throw new EngineError('shape', `${directions.length} directions for ${m.cols} criteria`, ['directions']);
  const stats = columnStats(m, NEEDS_SUMS.has(kind));
  if (RATIO_KINDS.has(kind)) {
    for (let j = 0; j < m.cols; j++) {
      if (present(stats, j) && stats.min[j] < 0)
        throw new EngineError(
          'negative-value',
          `${kind} normalization needs non-negative values; criterion ${j} has ${stats.min[j]}`,
          ['matrix', '*', j],
        );
    }
  }
  return stats;
}

/** An affine normalization n = (x − off)/div + add per column; see affineCoefficients. */
export interface AffineNormalization {
  off: Float64Array;
  div: Float64Array;
  add: Float64Array;
}

/**
 * The per-column coefficients when the normalization is affine for these columns (minmax, max, zscore,
 * vector; linear, sum and frontier-ratio for benefit columns), else null. Lets additive methods fold the
 * normalization into their sum without materializing the normalized matrix (a missing value then shows up
 * as a NaN sum).
 */
export function affineNormalization(
  m: DenseMatrix,
  directions: readonly Direction[],
  kind: Normalization,
  context: NormalizationContext = {},
): AffineNormalization | null {
  return affineCoefficients(kind, prepare(m, directions, kind), directions, context);
}

/** Normalizes every column of `m` (a new matrix; NaN = missing stays NaN). */
export function normalizeMatrix(
  m: DenseMatrix,
  directions: readonly Direction[],
  kind: Normalization,
  context: NormalizationContext = {},
): DenseMatrix {
  const stats = prepare(m, directions, kind);
  const out = new Float64Array(m.data.length);
  const affine = affineCoefficients(kind, stats, directions, context);
  if (affine) {
    const { off, div, add } = affine;
    const { rows, cols, data } = m;
    for (let i = 0; i < rows; i++) {
      const base = i * cols;
      for (let j = 0; j < cols; j++) out[base + j] = (data[base + j] - off[j]) / div[j] + add[j];
    }
  } else {
    for (let j = 0; j < m.cols; j++) normalizeColumnInPlace(m, out, j, kind, directions[j], stats, context);
  }
  return { rows: m.rows, cols: m.cols, data: out };
}

/**
 * Normalizations of the form x → (x − off)/div + add per column, direction folded in. Subtracting first
 * keeps the best and worst values exact (1 and 0, not 0.9999…). Returns null for the non-affine cases.
 */
function affineCoefficients(
  kind: Normalization,
  s: ColumnStats,
  directions: readonly Direction[],
  context: NormalizationContext,
): AffineNormalization | null {
  const n = directions.length;
  const off = new Float64Array(n);
  const div = new Float64Array(n).fill(Infinity);
  const add = new Float64Array(n);
  const set = (j: number, o: number, d: number, a: number) => ((off[j] = o), (div[j] = d), (add[j] = a));
  for (let j = 0; j < n; j++) {
    const benefit = directions[j] === 'higher';
    if (!present(s, j)) continue; // all missing: NaN stays NaN
    switch (kind) {
      case 'minmax': {
        const span = s.max[j] - s.min[j];
        if (span === 0) add[j] = 1;
        else if (benefit) set(j, s.min[j], span, 0);
        else set(j, s.max[j], -span, 0);
        break;
      }
      case 'max':
        if (s.max[j] === 0) add[j] = 1;
        else set(j, benefit ? 0 : s.max[j], benefit ? s.max[j] : -s.max[j], 0);
        break;
      case 'linear':
        if (!benefit) return null;
        if (s.max[j] === 0) add[j] = 1;
        else div[j] = s.max[j];
        break;
      case 'sum':
        if (!benefit) return null;
        if (s.sum[j] === 0) add[j] = 1 / s.count[j];
        else div[j] = s.sum[j];
        break;
      case 'vector': {
        const norm = Math.sqrt(s.sumSq[j]);
        if (norm === 0) add[j] = benefit ? 1 / Math.sqrt(s.count[j]) : 1 - 1 / Math.sqrt(s.count[j]);
        else set(j, benefit ? 0 : norm, benefit ? norm : -norm, 0);
        break;
      }
      case 'zscore': {
        const c = s.count[j];
        const mean = s.sum[j] / c;
        const variance = c > 1 ? Math.max(0, (s.sumSq[j] - c * mean * mean) / (c - 1)) : 0;
        const sd = Math.sqrt(variance);
        if (sd > 1e-12 * Math.max(1, Math.abs(mean))) set(j, mean, benefit ? sd : -sd, 0);
        break;
      }
      case 'frontier-ratio': {
        if (!benefit) return null;
        div[j] = referenceOf(context, j);
        break;
      }
      default:
        return null;
    }
  }
  return { off, div, add };
}

function referenceOf(context: NormalizationContext, j: number): number {
  const ref = context.references?.[j];
  if (ref === null || ref === undefined || !Number.isFinite(ref))
    throw new EngineError('no-reference', `criterion ${j} has no reference value for frontier-ratio`, [
      'references',
      j,
    ]);
  if (ref <= 0)
    throw new EngineError('no-reference', `criterion ${j}: the reference value ${ref} must be positive`, [
      'references',
      j,
    ]);
  return ref;
}

function normalizeColumnInPlace(
  m: DenseMatrix,
  out: Float64Array,
  j: number,
  kind: Normalization,
  direction: Direction,
  s: ColumnStats,
  context: NormalizationContext,
): void {
  const { rows, cols, data } = m;
  const benefit = direction === 'higher';
  const at = (i: number) => data[i * cols + j];
  const set = (i: number, v: number) => (out[i * cols + j] = v);
  switch (kind) {
    case 'linear': {
      // cost: min/x; the minimum itself scores 1, also when it is 0.
      const min = s.min[j];
      for (let i = 0; i < rows; i++) {
        const x = at(i);
        set(i, x !== x ? NaN : x === min ? 1 : min / x);
      }
      return;
    }
    case 'sum': {
      // cost: (1/x)/Σ(1/x); with zeros present the limit gives the zeros equal shares and the rest 0.
      let zeros = 0;
      let inv = 0;
      for (let i = 0; i < rows; i++) {
        const x = at(i);
        if (x !== x) continue;
        if (x === 0) zeros++;
        else inv += 1 / x;
      }
      for (let i = 0; i < rows; i++) {
        const x = at(i);
        if (x !== x) set(i, NaN);
        else if (zeros > 0) set(i, x === 0 ? 1 / zeros : 0);
        else set(i, 1 / x / inv);
      }
      return;
    }
    case 'rank': {
      const present: number[] = [];
      for (let i = 0; i < rows; i++) if (at(i) === at(i)) present.push(i);
      const sign = benefit ? 1 : -1;
      present.sort((p, q) => sign * (at(p) - at(q)));
      for (let i = 0; i < rows; i++) set(i, NaN);
      for (let k = 0; k < present.length;) {
        let e = k;
        while (e + 1 < present.length && at(present[e + 1]) === at(present[k])) e++;
        const mean = (k + e) / 2 + 1;
        for (let t = k; t <= e; t++) set(present[t], mean);
        k = e + 1;
      }
      return;
    }
    case 'frontier-ratio': {
      const ref = referenceOf(context, j);
      for (let i = 0; i < rows; i++) {
        const x = at(i);
        if (x !== x) set(i, NaN);
        else if (x <= 0)
          throw new EngineError(
            'zero-value',
            `frontier-ratio of a lower-is-better criterion needs positive values; row ${i}, criterion ${j} is ${x}`,
            ['matrix', i, j],
          );
        else set(i, ref / x);
      }
      return;
    }
    case 'random-baseline': {
      const r = context.baselines?.[j] ?? 0;
      const best = context.bests?.[j] ?? (benefit ? s.max[j] : s.min[j]);
      const span = benefit ? best - r : r - best;
      for (let i = 0; i < rows; i++) {
        const x = at(i);
        if (x !== x) set(i, NaN);
        else if (!(span > 0)) set(i, 0);
        else set(i, Math.max(0, (benefit ? x - r : r - x) / span));
      }
      return;
    }
    default:
      throw new EngineError('invalid-parameter', `unknown normalization ${kind}`, ['normalization']);
  }
}

/** One column (null = missing) through any normalization; a thin wrapper over normalizeMatrix. */
export function normalizeColumn(
  values: readonly (number | null)[],
  direction: Direction,
  kind: Normalization,
  context: NormalizationContext = {},
): (number | null)[] {
  const data = Float64Array.from(values, (v) => (v === null ? NaN : v));
  const out = normalizeMatrix({ rows: values.length, cols: 1, data }, [direction], kind, context).data;
  return Array.from(out, (v) => (Number.isNaN(v) ? null : v));
}

/**
 * Min-max normalization, direction-aware, output in [0, 1] with 1 = best; a constant column gives 1.
 * Missing values (null) stay null. Ref.: Hwang & Yoon (1981), Multiple Attribute Decision Making.
 */
export function minmax(column: readonly (number | null)[], direction: Direction): (number | null)[] {
  return normalizeColumn(column, direction, 'minmax');
}

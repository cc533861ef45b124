import type { Direction, Normalization } from './types';
import { EngineError } from './errors';
import type { DenseMatrix } from './matrix';

/**
 * Direction-aware normalizations; every output is higher-is-better. Each column is normalized by its own
 * direction's formula, whatever the other columns are. For a column x of m present values, benefit (b) or cost (c):
 *   minmax  b (x−min)/(max−min)   c (max−x)/(max−min)   the worst value gets 0; a constant column → 1
 *                                                       (Hwang & Yoon 1981)
 *   max     b x/max               c 1 − x/max           b: x = 0 gets 0; c: the max gets 0, so a constant c column
 *                                                       → 0; an all-zero column → 1 (Jahan & Edwards 2015)
 *   linear  b x/max               c min/x               b: x = 0 gets 0, an all-zero column → 1; c: x = min scores 1,
 *                                                       also when min = 0 (then every other value gets 0); constant → 1
 *   sum     b x/Σx                c (1/x)/Σ(1/x)        constant or all-zero column → 1/m; c with k zeros: each zero
 *                                                       1/k, the rest 0; b: x = 0 gets 0
 *   vector  b x/√Σx²              c 1 − x/√Σx²          constant → 1/√m (b), 1 − 1/√m (c); all-zero the same; c with
 *                                                       one value → 0
 *   zscore  b (x−mean)/s          c (mean−x)/s          s = sample sd; a constant column or one value → 0
 *   rank    1 = worst … m = best, ties get the mean of the ranks they span (a constant column → (m+1)/2)
 *   frontier-ratio   b x/ref   c ref/x      ref = best reference value of the column (> 0); c needs x > 0; b: x = 0
 *                    gets 0
 *   random-baseline  b max(0, (x−r)/(best−r))   c max(0, (r−x)/(r−best))   r = random baseline (0 if unknown),
 *                    best = the scale's best value when given, else the column's best; at or below chance → 0,
 *                    and best not beyond r → 0 throughout
 * max, linear, sum and vector are ratio scales: a negative value is a typed error (`negative-value`). Where a
 * normalization gives 0 (above), WPM refuses it (`zero-value`, see methods/wpm.ts) instead of tying at 0.
 * Numerics: the variance is two-pass (mean, then the corrected sum of squared deviations, Chan, Golub & LeVeque
 * 1983) and the mean's residual is kept, so 1e9 + 0.1, 1e9 + 0.5, 1e9 + 0.9 give −1, 0, 1; differences are taken
 * before dividing, so the best and worst values are exactly 1 and 0; sums and norms are taken over values scaled
 * by a power of two (exact, like hypot), and a span that would overflow (min-max over [−1e308, 1e308]) is taken
 * over halved values. A result beyond the largest double (frontier-ratio 1e308 ÷ 1e−10) is a typed error
 * (`out-of-range`) naming the criterion. Missing values (NaN in, null in arrays) stay missing and are ignored by
 * the column statistics. Output never holds NaN from arithmetic or ±Infinity.
 */
export interface NormalizationContext {
  /** frontier-ratio: best reference value per criterion. */
  references?: readonly (number | null)[];
  /** random-baseline: random-guess score per criterion (null = 0). */
  baselines?: readonly (number | null)[];
  /** random-baseline: best attainable value per criterion (scale max for benefit, min for cost). */
  bests?: readonly (number | null)[];
}

const AFFINE = 0;
const RECIPROCAL = 1;
const TABLE = 2;

/**
 * How each column turns a raw value x (row i) into its normalized value n; read with `normalizedValue`, which
 * normalizeMatrix and the additive methods share, so a composite is the sum of exactly these values.
 *   affine      n = max(floor, (scale·x − off)/div + add)   (div = ∞ for a constant column: n = add)
 *   reciprocal  n = x = 0 ? add : (off/x)/div                (linear, sum and frontier-ratio of a cost column)
 *   table       n = tables[j][i]                             (rank)
 */
export interface ColumnPlan {
  readonly kind: Uint8Array;
  readonly scale: Float64Array;
  readonly off: Float64Array;
  readonly div: Float64Array;
  readonly add: Float64Array;
  readonly floor: Float64Array;
  readonly tables: (Float64Array | undefined)[];
  /** Every column affine without a floor: callers may inline n = (scale·x − off)/div + add (the same value). */
  affineOnly: boolean;
}

/** The normalized value of raw value x in row i, column j, under `plan` (NaN stays NaN). */
export function normalizedValue(plan: ColumnPlan, i: number, j: number, x: number): number {
  switch (plan.kind[j]) {
    case AFFINE:
      return Math.max(plan.floor[j], (plan.scale[j] * x - plan.off[j]) / plan.div[j] + plan.add[j]);
    case RECIPROCAL:
      return x === 0 ? plan.add[j] : plan.off[j] / x / plan.div[j];
    default:
      return plan.tables[j]![i];
  }
}

/**
 * A power of two s with s·a near 1 (for a > 0): multiplying by it is exact (short of underflow), so sums and
 * norms of scaled values neither overflow nor lose bits against the unscaled formula.
 */
export function powerOfTwoScale(a: number): number {
  if (!(a > 0) || !Number.isFinite(a)) return 1;
  const e = Math.min(1023, Math.max(-1021, Math.floor(Math.log2(a))));
  return 2 ** -e;
}

/** 1, or ½ when hi − lo would overflow: halving is exact and (hi/2 − lo/2) never overflows. */
export const spanScale = (lo: number, hi: number): number => (Number.isFinite(hi - lo) ? 1 : 0.5);

const RATIO_KINDS: ReadonlySet<Normalization> = new Set(['max', 'linear', 'sum', 'vector']);

/**
 * The per-column rules of a normalization for `m` (see ColumnPlan), after checking the shape, the sign of ratio
 * scales, the references of frontier-ratio and that every normalized value is finite.
 */
export function columnPlan(
  m: DenseMatrix,
  directions: readonly Direction[],
  kind: Normalization,
  context: NormalizationContext = {},
): ColumnPlan {
  const { rows, cols, data } = m;
  if (directions.length !== cols)
    throw new EngineError('shape', `${directions.length} directions for ${cols} criteria`, ['directions']);
  // NaN fails both comparisons, so missing values are skipped without a test; min ≤ max once a value was seen.
  const min = new Float64Array(cols).fill(Infinity);
  const max = new Float64Array(cols).fill(-Infinity);
  for (let i = 0; i < rows; i++) {
    const base = i * cols;
    for (let j = 0; j < cols; j++) {
      const v = data[base + j];
      if (v < min[j]) min[j] = v;
      if (v > max[j]) max[j] = v;
    }
  }
  const plan: ColumnPlan = {
    kind: new Uint8Array(cols),
    scale: new Float64Array(cols).fill(1),
    off: new Float64Array(cols),
    div: new Float64Array(cols).fill(Infinity),
    add: new Float64Array(cols),
    floor: new Float64Array(cols).fill(-Infinity),
    tables: new Array<Float64Array | undefined>(cols),
    affineOnly: true,
  };
  const sums = NEEDS_SUMS.has(kind) ? scaledSums(m, min, max, kind === 'zscore') : null;
  for (let j = 0; j < cols; j++) {
    if (!(min[j] <= max[j])) continue; // all missing: NaN stays NaN
    if (RATIO_KINDS.has(kind) && min[j] < 0)
      throw new EngineError(
        'negative-value',
        `${kind} normalization needs non-negative values; criterion ${j} has ${min[j]}`,
        ['matrix', '*', j],
      );
    const col: Column = { m, j, min: min[j], max: max[j], benefit: directions[j] === 'higher', sums };
    planColumn(plan, col, kind, context);
    assertFinite(plan, col, kind);
    if (plan.kind[j] !== AFFINE || plan.floor[j] !== -Infinity) plan.affineOnly = false;
  }
  return plan;
}

const NEEDS_SUMS: ReadonlySet<Normalization> = new Set(['sum', 'vector', 'zscore']);

/**
 * Per column, over the present values y = s·x (s = powerOfTwoScale of the largest magnitude, exact): the count,
 * Σy, Σy², and with `deviations`, around the mean ȳ, Σd and Σd² for d = y − ȳ (the second pass of a two-pass
 * variance).
 * Row-major passes keep a 10,000 × 200 matrix cache-friendly.
 */
interface ScaledSums {
  scale: Float64Array;
  count: Int32Array;
  sum: Float64Array;
  sumSq: Float64Array;
  mean: Float64Array;
  sumD: Float64Array;
  sumD2: Float64Array;
}

function scaledSums(m: DenseMatrix, min: Float64Array, max: Float64Array, deviations: boolean): ScaledSums {
  const { rows, cols, data } = m;
  const scale = Float64Array.from(min, (lo, j) => powerOfTwoScale(Math.max(-lo, max[j])));
  const count = new Int32Array(cols);
  const sum = new Float64Array(cols);
  const sumSq = new Float64Array(cols);
  for (let i = 0; i < rows; i++) {
    const base = i * cols;
    for (let j = 0; j < cols; j++) {
      const y = data[base + j] * scale[j];
      if (y !== y) continue;
      count[j]++;
      sum[j] += y;
      sumSq[j] += y * y;
    }
  }
  const mean = Float64Array.from(sum, (t, j) => t / count[j]);
  const sumD = new Float64Array(cols);
  const sumD2 = new Float64Array(cols);
  for (let i = 0; deviations && i < rows; i++) {
    const base = i * cols;
    for (let j = 0; j < cols; j++) {
      const d = data[base + j] * scale[j] - mean[j];
      if (d !== d) continue;
      sumD[j] += d;
      sumD2[j] += d * d;
    }
  }
  return { scale, count, sum, sumSq, mean, sumD, sumD2 };
}

interface Column {
  m: DenseMatrix;
  j: number;
  min: number;
  max: number;
  benefit: boolean;
  /** For sum, vector and zscore. */
  sums: ScaledSums | null;
}

/** Visits the present values of one column. */
function eachValue(c: Column, visit: (x: number, i: number) => void): void {
  const { rows, cols, data } = c.m;
  for (let i = 0; i < rows; i++) {
    const x = data[i * cols + c.j];
    if (x === x) visit(x, i);
  }
}

function setAffine(p: ColumnPlan, j: number, scale: number, off: number, div: number, add = 0): void {
  p.kind[j] = AFFINE;
  p.scale[j] = scale;
  p.off[j] = off;
  p.div[j] = div;
  p.add[j] = add;
}

function setReciprocal(p: ColumnPlan, j: number, num: number, den: number, atZero: number): void {
  p.kind[j] = RECIPROCAL;
  p.off[j] = num;
  p.div[j] = den;
  p.add[j] = atZero;
}

function planColumn(p: ColumnPlan, c: Column, kind: Normalization, context: NormalizationContext): void {
  const { j, min, max, benefit } = c;
  switch (kind) {
    case 'minmax': {
      if (min === max) return void (p.add[j] = 1);
      const s = spanScale(min, max);
      const span = max * s - min * s;
      return benefit ? setAffine(p, j, s, min * s, span) : setAffine(p, j, s, max * s, -span);
    }
    case 'max':
      if (max === 0) return void (p.add[j] = 1);
      return benefit ? setAffine(p, j, 1, 0, max) : setAffine(p, j, 1, max, -max);
    case 'linear':
      if (!benefit) return setReciprocal(p, j, min, 1, 1);
      if (max === 0) return void (p.add[j] = 1);
      return setAffine(p, j, 1, 0, max);
    case 'sum':
      return benefit ? planSumBenefit(p, c) : planSumCost(p, c);
    case 'vector': {
      const { scale, count, sumSq } = c.sums!;
      const n = count[j];
      if (sumSq[j] === 0) return void (p.add[j] = benefit ? 1 / Math.sqrt(n) : 1 - 1 / Math.sqrt(n));
      const norm = Math.sqrt(sumSq[j]);
      return benefit ? setAffine(p, j, scale[j], 0, norm) : setAffine(p, j, scale[j], norm, -norm);
    }
    case 'zscore':
      return planZscore(p, c);
    case 'rank':
      return planRank(p, c);
    case 'frontier-ratio': {
      const ref = referenceOf(context, j);
      if (benefit) return setAffine(p, j, 1, 0, ref);
      eachValue(c, (x, i) => {
        if (x <= 0)
          throw new EngineError(
            'zero-value',
            `frontier-ratio of a lower-is-better criterion needs positive values; row ${i}, criterion ${j} is ${x}`,
            ['matrix', i, j],
          );
      });
      return setReciprocal(p, j, ref, 1, NaN);
    }
    case 'random-baseline': {
      const r = context.baselines?.[j] ?? 0;
      const best = context.bests?.[j] ?? (benefit ? max : min);
      p.floor[j] = 0;
      if (!(benefit ? best > r : r > best)) return; // no room above chance: every value scores 0
      const s = spanScale(Math.min(min, r, best), Math.max(max, r, best));
      return setAffine(p, j, s, r * s, best * s - r * s);
    }
    default:
      throw new EngineError('invalid-parameter', `unknown normalization ${kind}`, ['normalization']);
  }
}

/** b: x/Σx over values scaled by a power of two (exact), so Σ cannot overflow; all-zero → 1/m. */
function planSumBenefit(p: ColumnPlan, c: Column): void {
  const { scale, count, sum } = c.sums!;
  if (sum[c.j] === 0) p.add[c.j] = 1 / count[c.j];
  else setAffine(p, c.j, scale[c.j], 0, sum[c.j]);
}

/**
 * c: (1/x)/Σ(1/x) computed as (p/x)/Σ(p/x) with p the smallest positive value (every p/x in (0, 1], so neither
 * 1/x nor the sum overflows); with k zeros the limit gives each zero 1/k and the rest 0.
 */
function planSumCost(p: ColumnPlan, c: Column): void {
  let zeros = 0;
  let smallest = Infinity;
  eachValue(c, (x) => (x === 0 ? zeros++ : x < smallest && (smallest = x)));
  if (zeros > 0) return setReciprocal(p, c.j, 0, 1, 1 / zeros);
  let total = 0;
  eachValue(c, (x) => (total += smallest / x));
  setReciprocal(p, c.j, smallest, total, NaN);
}

/**
 * (x − mean)/s with a two-pass variance over values scaled by a power of two: d = y − ȳ, δ = Σd/m (what ȳ missed),
 * s² = (Σd² − δΣd)/(m − 1), n = (y − ȳ)/s − δ/s. A constant column (min = max) or a single value gives 0.
 */
function planZscore(p: ColumnPlan, c: Column): void {
  const { j, min, max, benefit } = c;
  const { scale, count, mean, sumD, sumD2 } = c.sums!;
  const n = count[j];
  if (n < 2 || min === max) return;
  const delta = sumD[j] / n;
  const corrected = sumD2[j] - delta * sumD[j];
  const sd = Math.sqrt((corrected > 0 ? corrected : sumD2[j]) / (n - 1));
  const div = benefit ? sd : -sd;
  setAffine(p, j, scale[j], mean[j], div, -delta / div);
}

/** 1 = worst … m = best; ties get the mean of the ranks they span. */
function planRank(p: ColumnPlan, c: Column): void {
  const { rows, cols, data } = c.m;
  const at = (i: number) => data[i * cols + c.j];
  const present: number[] = [];
  eachValue(c, (_, i) => present.push(i));
  const sign = c.benefit ? 1 : -1;
  present.sort((a, b) => sign * (at(a) - at(b)));
  const table = new Float64Array(rows).fill(NaN);
  for (let k = 0; k < present.length;) {
    let e = k;
    while (e + 1 < present.length && at(present[e + 1]) === at(present[k])) e++;
    for (let t = k; t <= e; t++) table[present[t]] = (k + e) / 2 + 1;
    k = e + 1;
  }
  p.kind[c.j] = TABLE;
  p.tables[c.j] = table;
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

/** Every rule is monotone in x, so the column's extremes bound its normalized values. */
function assertFinite(p: ColumnPlan, c: Column, kind: Normalization): void {
  if (p.kind[c.j] === TABLE) return;
  for (const x of [c.min, c.max]) {
    const n = normalizedValue(p, 0, c.j, x);
    if (!Number.isFinite(n))
      throw new EngineError(
        'out-of-range',
        `${kind} normalization of criterion ${c.j} is beyond the largest number for the value ${x}; rescale the criterion or choose another normalization`,
        ['matrix', '*', c.j],
      );
  }
}

/** Normalizes every column of `m` (a new matrix; NaN = missing stays NaN). */
export function normalizeMatrix(
  m: DenseMatrix,
  directions: readonly Direction[],
  kind: Normalization,
  context: NormalizationContext = {},
): DenseMatrix {
  return applyPlan(m, columnPlan(m, directions, kind, context));
}

/** The normalized matrix of `m` under a plan made for it by columnPlan. */
export function applyPlan(m: DenseMatrix, plan: ColumnPlan): DenseMatrix {
  const { rows, cols, data } = m;
  const out = new Float64Array(data.length);
  const { scale, off, div, add } = plan;
  for (let i = 0; i < rows; i++) {
    const base = i * cols;
    if (plan.affineOnly)
      for (let j = 0; j < cols; j++) out[base + j] = (scale[j] * data[base + j] - off[j]) / div[j] + add[j];
    else for (let j = 0; j < cols; j++) out[base + j] = normalizedValue(plan, i, j, data[base + j]);
  }
  return { rows, cols, data: out };
}

/** Whether column j is affine without a floor, n = (scale·x − off)/div + add: differences of n are then
 * (scale·x − scale·x')/div, raw values subtracted before dividing (exact for 1e9 + 0.1 against 1e9 + 0.5). */
export const isAffine = (plan: ColumnPlan, j: number): boolean =>
  plan.kind[j] === AFFINE && plan.floor[j] === -Infinity;

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

/**
 * An independent reference implementation of the engine's normalizations and methods, written from the
 * formulas in the literature for the property and differential tests. It imports nothing from shared/engine:
 * plain number[][] code, one formula per function, clarity over speed (O(m²) where that reads better).
 *
 * Conventions follow the ones the engine documents (shared/engine/normalize.ts, shared/engine/methods/*);
 * where they differ from pymcdm, pyDecision or scikit-criteria, README.md ("Conventions against other MCDA
 * libraries") lists the difference.
 *
 * Floating point: equality tests (constant column, zeros, the minimum) use the raw values; sums and norms are
 * taken over the column divided by a power of two near its largest magnitude (exact for normal numbers), and a
 * difference that overflows (1e308 − (−1e308)) is taken over halved values, so that values near ±1e308 give
 * finite results and values near 1e-300 are not lost; every formula used is invariant under these scalings.
 */

export type Dir = 'benefit' | 'cost';
export type Norm =
  'minmax' | 'max' | 'linear' | 'sum' | 'vector' | 'zscore' | 'rank' | 'frontier-ratio' | 'random-baseline';
export type Method = 'wsm' | 'wpm' | 'topsis' | 'vikor' | 'promethee2' | 'copras' | 'winrate';

export const NORMS: readonly Norm[] = [
  'minmax',
  'max',
  'linear',
  'sum',
  'vector',
  'zscore',
  'rank',
  'frontier-ratio',
  'random-baseline',
];
export const METHODS: readonly Method[] = ['wsm', 'wpm', 'topsis', 'vikor', 'promethee2', 'copras', 'winrate'];
/** The methods that take a normalization; the others work on raw values and ignore it. */
export const NORMALIZING: ReadonlySet<Method> = new Set(['wsm', 'wpm', 'topsis']);

/** PROMETHEE preference functions (Brans & Vincke 1985). */
export type Preference =
  | { type: 'usual' }
  | { type: 'u-shape'; q: number }
  | { type: 'v-shape'; p: number }
  | { type: 'level'; q: number; p: number }
  | { type: 'linear'; q: number; p: number }
  | { type: 'gaussian'; s: number };

export interface Context {
  references?: readonly (number | null)[];
  baselines?: readonly (number | null)[];
  bests?: readonly (number | null)[];
}

/**
 * An input the reference refuses: the code the engine is expected to use (its EngineError codes), or
 * 'overflow' when the exact result is beyond the doubles (then any typed engine error is right).
 */
export type RefusalCode =
  'negative-value' | 'zero-value' | 'no-reference' | 'invalid-parameter' | 'invalid-weights' | 'overflow';

export class Refusal extends Error {
  constructor(
    readonly code: RefusalCode,
    message: string,
    /** Other codes that are as right: further columns with another problem (the engine may check them first). */
    readonly also: readonly RefusalCode[] = [],
  ) {
    super(message);
  }

  get codes(): RefusalCode[] {
    return [this.code, ...this.also];
  }
}

const EPS = Number.EPSILON;

/** The power of two at or below max|x| (1 when every value is 0): dividing by it is exact. */
function powerOfTwoScale(values: readonly number[]): number {
  const top = Math.max(0, ...values.map(Math.abs));
  if (top === 0) return 1;
  // log2 rounds (log2 of 1.79e308 is 1024): correct the exponent by one either way.
  let k = Math.floor(Math.log2(top));
  if (!(2 ** k <= top)) k--;
  else if (2 ** (k + 1) <= top) k++;
  return 2 ** k;
}

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
const column = (m: readonly (readonly number[])[], j: number) => m.map((row) => row[j]);

/**
 * A normalized column and the absolute error that double arithmetic cannot avoid in its values: a few roundings,
 * and for z-scores the rounding of the mean. It matters where a method amplifies differences (TOPSIS on 1e9 + 3).
 */
export interface NormalizedColumn {
  values: number[];
  uncertainty: number;
}

/**
 * One column through one normalization; output higher-is-better. Formulas (x the column, b benefit, c cost):
 *   minmax  b (x−min)/(max−min), c (max−x)/(max−min), constant → 1               (Hwang & Yoon 1981)
 *   max     b x/max, c 1 − x/max, all zero → 1                                   (Jahan & Edwards 2015)
 *   linear  b x/max (all zero → 1), c min/x with the minimum itself 1            (Hwang & Yoon 1981)
 *   sum     b x/Σx (all zero → 1/m), c (1/x)/Σ(1/x), zeros share the mass        (Hwang & Yoon 1981)
 *   vector  b x/√Σx², c 1 − x/√Σx², all zero → as a constant column              (Hwang & Yoon 1981)
 *   zscore  b (x − x̄)/s, c (x̄ − x)/s, s the sample sd; constant or one value → 0
 *   rank    1 = worst … m = best, ties share the mean of their ranks
 *   frontier-ratio  b x/ref, c ref/x (ref > 0 given per criterion)
 *   random-baseline b max(0, (x−r)/(best−r)), c max(0, (r−x)/(r−best)); span ≤ 0 → 0
 * max, linear, sum and vector are ratio scales: a negative value is refused.
 */
export function normalizeColumnRef(
  x: readonly number[],
  dir: Dir,
  kind: Norm,
  j = 0,
  context: Context = {},
): NormalizedColumn {
  const m = x.length;
  const benefit = dir === 'benefit';
  // Every computed value carries a few roundings (sums over m values): ~8·m·ε of the column's largest value.
  const computed = (values: number[]): NormalizedColumn => {
    if (!values.every(Number.isFinite)) throw new Refusal('overflow', `${kind} of criterion ${j} overflows`);
    return { values, uncertainty: 8 * m * EPS * Math.max(0, ...values.map(Math.abs)) };
  };
  if (['max', 'linear', 'sum', 'vector'].includes(kind) && x.some((v) => v < 0))
    throw new Refusal('negative-value', `${kind} needs non-negative values (criterion ${j})`);
  // Tests of equality (constant column, zeros, the minimum) on the raw values; sums and norms on y = x/s.
  const min = Math.min(...x);
  const max = Math.max(...x);
  const s = powerOfTwoScale(x);
  const y = x.map((v) => v / s);
  switch (kind) {
    case 'minmax':
      if (min === max) return computed(x.map(() => 1));
      return computed(
        x.map((v) => (benefit ? ratioOfDifferences(v, min, max, min) : ratioOfDifferences(max, v, max, min))),
      );
    case 'max':
      if (max === 0) return computed(x.map(() => 1));
      // 1 − x/max written (max − x)/max: the same number without cancelling digits near the maximum.
      return computed(x.map((v) => (benefit ? v / max : (max - v) / max)));
    case 'linear':
      if (benefit) return computed(x.map((v) => (max === 0 ? 1 : v / max)));
      return computed(x.map((v) => (v === min ? 1 : min / v)));
    case 'sum': {
      if (benefit) {
        const total = sum(y);
        return computed(y.map((v) => (max === 0 ? 1 / m : v / total)));
      }
      const zeros = x.filter((v) => v === 0).length;
      if (zeros > 0) return computed(x.map((v) => (v === 0 ? 1 / zeros : 0)));
      // (1/x)/Σ(1/x) is unchanged when x is divided by its minimum, which keeps every 1/x in (0, 1].
      const inverse = x.map((v) => min / v);
      const total = sum(inverse);
      return computed(inverse.map((v) => v / total));
    }
    case 'vector': {
      if (max === 0) return computed(x.map(() => (benefit ? 1 / Math.sqrt(m) : 1 - 1 / Math.sqrt(m))));
      const norm = Math.sqrt(sum(y.map((v) => v * v)));
      // 1 − x/‖x‖ written (‖x‖ − x)/‖x‖, as for max.
      return computed(y.map((v) => (benefit ? v / norm : (norm - v) / norm)));
    }
    case 'zscore': {
      if (m < 2 || min === max) return computed(x.map(() => 0));
      // Two passes on scaled values shifted by the column minimum (exact for nearby values): mean, then deviations.
      const shifted = y.map((v) => v - min / s);
      const mean = sum(shifted) / m;
      const deviations = shifted.map((v) => v - mean);
      const sd = Math.sqrt(sum(deviations.map((d) => d * d)) / (m - 1));
      const values = deviations.map((d) => (benefit ? d / sd : -d / sd));
      // A double mean of values near M is off by up to ~m·ε·M, which moves every z by that over s.
      const uncertainty = (4 * m * EPS * Math.max(Math.abs(min), Math.abs(max))) / s / sd;
      return { values, uncertainty: uncertainty + computed(values).uncertainty };
    }
    case 'rank':
      return computed(
        x.map((v) => {
          const worse = x.filter((o) => (benefit ? o < v : o > v)).length;
          const tied = x.filter((o) => o === v).length - 1;
          return worse + 1 + tied / 2;
        }),
      );
    case 'frontier-ratio': {
      const ref = context.references?.[j];
      if (ref === null || ref === undefined || !Number.isFinite(ref) || ref <= 0)
        throw new Refusal('no-reference', `criterion ${j} needs a positive reference value`);
      if (benefit) return computed(x.map((v) => v / ref));
      if (x.some((v) => v <= 0))
        throw new Refusal('zero-value', `frontier-ratio of a cost criterion needs positive values (criterion ${j})`);
      return computed(x.map((v) => ref / v));
    }
    case 'random-baseline': {
      const r = context.baselines?.[j] ?? 0;
      const best = context.bests?.[j] ?? (benefit ? max : min);
      if (!(benefit ? best > r : r > best)) return computed(x.map(() => 0));
      return computed(
        x.map((v) => Math.max(0, benefit ? ratioOfDifferences(v, r, best, r) : ratioOfDifferences(r, v, r, best))),
      );
    }
  }
}

/**
 * (a − b)/(c − d) with c > d; when a difference overflows, the same ratio of halved values (exact but for
 * subnormals, which are then negligible).
 */
function ratioOfDifferences(a: number, b: number, c: number, d: number): number {
  const top = a - b;
  const bottom = c - d;
  if (Number.isFinite(top) && Number.isFinite(bottom)) return top / bottom;
  return (a / 2 - b / 2) / (c / 2 - d / 2);
}

export interface NormalizedMatrix {
  /** Rows = alternatives. */
  values: number[][];
  /** Per criterion, the unavoidable absolute error of its normalized values. */
  uncertainty: number[];
}

export function normalizeMatrixRef(
  matrix: readonly (readonly number[])[],
  dirs: readonly Dir[],
  kind: Norm,
  context: Context = {},
): NormalizedMatrix {
  const refusals: Refusal[] = [];
  const columns = dirs.map((d, j) => {
    try {
      return normalizeColumnRef(column(matrix, j), d, kind, j, context);
    } catch (error) {
      if (!(error instanceof Refusal)) throw error;
      refusals.push(error);
      return { values: [], uncertainty: 0 };
    }
  });
  if (refusals.length)
    throw new Refusal(
      refusals[0].code,
      refusals[0].message,
      refusals.slice(1).map((r) => r.code),
    );
  return {
    values: matrix.map((_, i) => columns.map((c) => c.values[i])),
    uncertainty: columns.map((c) => c.uncertainty),
  };
}

/** Direct weights w_j / Σw (scaled first so that 1e308s do not overflow); all finite, ≥ 0, one > 0. */
export function normalizeWeightsRef(weights: readonly number[]): number[] {
  if (!weights.every((w) => Number.isFinite(w) && w >= 0))
    throw new Refusal('invalid-weights', 'weights must be finite and non-negative');
  if (!weights.some((w) => w > 0)) throw new Refusal('invalid-weights', 'at least one weight must be positive');
  const s = powerOfTwoScale(weights);
  const scaled = weights.map((w) => w / s);
  const total = sum(scaled);
  return scaled.map((w) => w / total);
}

export interface Problem {
  matrix: number[][];
  dirs: Dir[];
  weights: number[];
  method: Method;
  normalization?: Norm;
  v?: number;
  preferences?: Preference[];
  context?: Context;
}

export interface Scored {
  scores: number[];
  better: 'higher' | 'lower';
  /** Absolute tolerance each score carries from the unavoidable rounding of its normalized inputs. */
  uncertainty: number[];
}

/** WSM (Fishburn 1967): S_i = Σ_j w_j n_ij. */
function wsm(n: NormalizedMatrix, w: number[]): Scored {
  const slack = sum(w.map((wj, j) => wj * n.uncertainty[j]));
  return {
    scores: n.values.map((row) => sum(row.map((v, j) => w[j] * v))),
    better: 'higher',
    uncertainty: n.values.map(() => slack),
  };
}

/**
 * WPM (Bridgman 1922; Miller & Starr 1969): P_i = Π_j n_ij^{w_j}. A negative n is refused; so is a 0 where the
 * weight is not 0 (issue 9: it would tie every such alternative at 0 whatever its other values).
 */
function wpm(n: NormalizedMatrix, w: number[]): Scored {
  const negative = n.values.some((row) => row.some((v) => v < 0));
  const zero = n.values.some((row) => row.some((v, j) => v === 0 && w[j] > 0));
  if (negative || zero)
    throw new Refusal(
      negative ? 'negative-value' : 'zero-value',
      'WPM needs positive normalized values where the weight is not 0',
      negative && zero ? ['zero-value'] : [],
    );
  return {
    scores: n.values.map((row) => row.reduce((p, v, j) => (w[j] === 0 ? p : p * v ** w[j]), 1)),
    better: 'higher',
    uncertainty: n.values.map(() => 0),
  };
}

/**
 * TOPSIS (Hwang & Yoon 1981): v = w·n, ideal = column max of v, anti-ideal = column min, C = D⁻/(D⁺ + D⁻)
 * (Euclidean distances); C = 0.5 when both distances are 0.
 */
function topsis(n: NormalizedMatrix, w: number[]): Scored {
  const v = n.values.map((row) => row.map((x, j) => w[j] * x));
  const ideal = w.map((_, j) => Math.max(...v.map((row) => row[j])));
  const anti = w.map((_, j) => Math.min(...v.map((row) => row[j])));
  const slack = sum(w.map((wj, j) => wj * n.uncertainty[j]));
  const scores: number[] = [];
  const uncertainty: number[] = [];
  for (const row of v) {
    const dPlus = Math.hypot(...row.map((x, j) => x - ideal[j]));
    const dMinus = Math.hypot(...row.map((x, j) => x - anti[j]));
    scores.push(dPlus + dMinus > 0 ? dMinus / (dPlus + dMinus) : 0.5);
    // Each distance moves by at most 2·slack; C = D⁻/(D⁺ + D⁻) then by at most 4·slack/(D⁺ + D⁻).
    uncertainty.push(slack > 0 ? (4 * slack) / Math.max(dPlus + dMinus, Number.MIN_VALUE) : 0);
  }
  return { scores, better: 'higher', uncertainty };
}

/** Spreads of S or R below this are the rounding of equal sums (S, R ∈ [0, 1]), the engine's documented tie rule. */
const VIKOR_TIE = 1e-12;

/**
 * VIKOR (Opricovic 1998; Opricovic & Tzeng 2004) on raw values: d_ij = w_j |f*_j − x_ij| / (f*_j − f⁻_j) (0 for a
 * constant criterion), S_i = Σ_j d_ij, R_i = max_j d_ij, Q_i = v(S_i − S*)/(S⁻ − S*) + (1 − v)(R_i − R*)/(R⁻ − R*),
 * a term 0 when its spread is 0. Lower Q is better.
 */
function vikor(matrix: readonly (readonly number[])[], dirs: readonly Dir[], w: number[], v: number): Scored {
  const m = matrix.length;
  const d: number[][] = matrix.map(() => []);
  dirs.forEach((dir, j) => {
    const x = column(matrix, j);
    const lo = Math.min(...x);
    const hi = Math.max(...x);
    x.forEach((t, i) => {
      const regret = dir === 'benefit' ? ratioOfDifferences(hi, t, hi, lo) : ratioOfDifferences(t, lo, hi, lo);
      d[i].push(hi === lo ? 0 : w[j] * regret);
    });
  });
  const S = d.map((row) => sum(row));
  const R = d.map((row) => Math.max(0, ...row));
  const term = (xs: number[], i: number) => {
    const lo = Math.min(...xs);
    const hi = Math.max(...xs);
    return hi - lo > VIKOR_TIE ? (xs[i] - lo) / (hi - lo) : 0;
  };
  const scores = Array.from({ length: m }, (_, i) => v * term(S, i) + (1 - v) * term(R, i));
  return { scores, better: 'lower', uncertainty: scores.map(() => 0) };
}

/** The preference P(d) of an advantage d on one criterion (Brans & Vincke 1985, the six generalised criteria). */
export function preferenceRef(f: Preference, d: number): number {
  if (d <= 0) return 0;
  switch (f.type) {
    case 'usual':
      return 1;
    case 'u-shape':
      return d > f.q ? 1 : 0;
    case 'v-shape':
      return d > f.p ? 1 : d / f.p;
    case 'level':
      return d <= f.q ? 0 : d <= f.p ? 0.5 : 1;
    case 'linear':
      return d <= f.q ? 0 : d <= f.p ? (d - f.q) / (f.p - f.q) : 1;
    case 'gaussian':
      return 1 - Math.exp(-((d / f.s) ** 2) / 2);
  }
}

function checkPreference(f: Preference, j: number): void {
  const ok =
    f.type === 'usual' ||
    (f.type === 'u-shape' && f.q >= 0) ||
    (f.type === 'v-shape' && f.p > 0) ||
    ((f.type === 'level' || f.type === 'linear') && f.q >= 0 && f.p > f.q) ||
    (f.type === 'gaussian' && f.s > 0);
  if (!ok) throw new Refusal('invalid-parameter', `criterion ${j}: bad ${f.type} parameters`);
}

/** The thresholds of f divided by s (as the advantages are, so that comparisons are unchanged). */
function scalePreference(f: Preference, s: number): Preference {
  switch (f.type) {
    case 'usual':
      return f;
    case 'u-shape':
      return { type: 'u-shape', q: f.q / s };
    case 'v-shape':
      return { type: 'v-shape', p: f.p / s };
    case 'level':
    case 'linear':
      return { type: f.type, q: f.q / s, p: f.p / s };
    case 'gaussian':
      return { type: 'gaussian', s: f.s / s };
  }
}

/**
 * PROMETHEE II (Brans, Vincke & Mareschal 1986): π(a,b) = Σ_j w_j P_j(d_j(a,b)), d the advantage of a over b
 * in the criterion's direction; φ⁺(a) = Σ_b π(a,b)/(m − 1), φ⁻(a) = Σ_b π(b,a)/(m − 1), φ = φ⁺ − φ⁻; one
 * alternative → 0.
 */
function promethee2(
  matrix: readonly (readonly number[])[],
  dirs: readonly Dir[],
  w: number[],
  preferences: readonly Preference[],
): Scored {
  const m = matrix.length;
  preferences.forEach(checkPreference);
  /** The advantage of a over b on j in its direction, with f; both halved when the difference overflows. */
  const advantage = (a: number, b: number, j: number): [number, Preference] => {
    const [hi, lo] = dirs[j] === 'benefit' ? [matrix[a][j], matrix[b][j]] : [matrix[b][j], matrix[a][j]];
    const d = hi - lo;
    return Number.isFinite(d) ? [d, preferences[j]] : [hi / 2 - lo / 2, scalePreference(preferences[j], 2)];
  };
  const pi = (a: number, b: number) =>
    sum(
      dirs.map((_, j) => {
        const [d, f] = advantage(a, b, j);
        return w[j] * preferenceRef(f, d);
      }),
    );
  const scores = matrix.map((_, a) => {
    if (m === 1) return 0;
    let plus = 0;
    let minus = 0;
    for (let b = 0; b < m; b++) {
      if (b === a) continue;
      plus += pi(a, b);
      minus += pi(b, a);
    }
    return plus / (m - 1) - minus / (m - 1);
  });
  return { scores, better: 'higher', uncertainty: scores.map(() => 0) };
}

/**
 * COPRAS (Zavadskas, Kaklauskas & Šarka 1994): d_ij = w_j x_ij/Σ_i x_ij (an all-zero column gives 1/m, the engine's
 * sum convention); S⁺_i, S⁻_i the sums over benefit and cost criteria;
 * Q_i = S⁺_i + (min S⁻ · ΣS⁻)/(S⁻_i · Σ_k min S⁻/S⁻_k); if some S⁻ are 0, the limit gives them ΣS⁻ shared
 * equally and the others nothing; without cost mass Q = S⁺. Values must be non-negative.
 */
function copras(matrix: readonly (readonly number[])[], dirs: readonly Dir[], w: number[]): Scored {
  const n = normalizeMatrixRef(
    matrix,
    dirs.map(() => 'benefit'),
    'sum',
  ).values;
  const sPlus = n.map((row) => sum(row.map((x, j) => (dirs[j] === 'benefit' ? w[j] * x : 0))));
  const sMinus = n.map((row) => sum(row.map((x, j) => (dirs[j] === 'cost' ? w[j] * x : 0))));
  const total = sum(sMinus);
  const zeros = sMinus.filter((s) => s === 0).length;
  const sMin = Math.min(...sMinus);
  const scores = sPlus.map((plus, i) => {
    if (total === 0) return plus;
    if (zeros > 0) return plus + (sMinus[i] === 0 ? total / zeros : 0);
    return plus + (sMin * total) / (sMinus[i] * sum(sMinus.map((s) => sMin / s)));
  });
  return { scores, better: 'higher', uncertainty: scores.map(() => 0) };
}

/**
 * Mean win rate (Liang et al. 2022, HELM): per criterion the share of the other alternatives beaten, a tie
 * counting ½, averaged with the weights. With one alternative there is nobody to beat: score 0.
 */
function winrate(matrix: readonly (readonly number[])[], dirs: readonly Dir[], w: number[]): Scored {
  const m = matrix.length;
  const scores = matrix.map((row, i) => {
    if (m === 1) return 0;
    return sum(
      dirs.map((dir, j) => {
        let won = 0;
        for (let k = 0; k < m; k++) {
          if (k === i) continue;
          const other = matrix[k][j];
          if (row[j] === other) won += 0.5;
          else if (dir === 'benefit' ? row[j] > other : row[j] < other) won += 1;
        }
        return (w[j] * won) / (m - 1);
      }),
    );
  });
  return { scores, better: 'higher', uncertainty: scores.map(() => 0) };
}

/** Scores of a problem by the reference; throws a Refusal for inputs the engine must refuse. */
export function scoreRef(p: Problem): Scored {
  const w = normalizeWeightsRef(p.weights);
  let result: Scored;
  switch (p.method) {
    case 'wsm':
      result = wsm(normalizeMatrixRef(p.matrix, p.dirs, p.normalization ?? 'minmax', p.context), w);
      break;
    case 'wpm':
      result = wpm(normalizeMatrixRef(p.matrix, p.dirs, p.normalization ?? 'linear', p.context), w);
      break;
    case 'topsis':
      result = topsis(normalizeMatrixRef(p.matrix, p.dirs, p.normalization ?? 'minmax', p.context), w);
      break;
    case 'vikor':
      result = vikor(p.matrix, p.dirs, w, p.v ?? 0.5);
      break;
    case 'promethee2':
      result = promethee2(p.matrix, p.dirs, w, p.preferences ?? p.dirs.map(() => ({ type: 'usual' })));
      break;
    case 'copras':
      if (p.matrix.some((row) => row.some((x) => x < 0)))
        throw new Refusal('negative-value', 'COPRAS needs non-negative values');
      result = copras(p.matrix, p.dirs, w);
      break;
    case 'winrate':
      result = winrate(p.matrix, p.dirs, w);
      break;
  }
  if (!result.scores.every(Number.isFinite)) throw new Refusal('overflow', `${p.method} scores overflow`);
  return result;
}

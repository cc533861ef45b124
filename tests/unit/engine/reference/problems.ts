import fc from 'fast-check';
import {
  METHODS,
  NORMS,
  type Context,
  type Dir,
  type Method,
  type Norm,
  type Preference,
  type Problem,
} from './mcda-reference';

/**
 * Generated decision problems for the property and differential tests, one arbitrary per configuration:
 * the value distribution is the configuration, everything else (directions, weights, method, normalization,
 * preference functions, VIKOR's v, reference values and baselines) is drawn freely.
 */
export interface Config {
  name: string;
  /** One cell. */
  value: fc.Arbitrary<number>;
  rows: { min: number; max: number };
  cols: { min: number; max: number };
  /** Make a random subset of columns constant. */
  constantColumns?: boolean;
  weight?: fc.Arbitrary<number>;
  /** Extreme magnitudes: a typed engine error is an acceptable answer (issue 9: finite or a typed error). */
  extreme?: boolean;
}

const small = { min: 2, max: 7 };
const cols = { min: 1, max: 5 };
const integerWeight = fc.integer({ min: 0, max: 10 });

export const CONFIGS: readonly Config[] = [
  {
    name: 'mixed directions, integers and fractions with zeros',
    value: fc.oneof(
      fc.integer({ min: 0, max: 100 }),
      fc.constant(0),
      fc.integer({ min: 1, max: 100_000 }).map((k) => k / 100),
    ),
    rows: small,
    cols,
  },
  {
    name: 'offsets: 1e9 + a small spread',
    value: fc.integer({ min: 0, max: 40 }).map((k) => 1e9 + k * 0.1),
    rows: small,
    cols,
  },
  {
    name: 'constant columns',
    value: fc.integer({ min: 0, max: 20 }),
    rows: small,
    cols,
    constantColumns: true,
  },
  { name: 'ties: values from {0, 1, 2}', value: fc.constantFrom(0, 1, 2), rows: small, cols },
  {
    name: 'one alternative',
    value: fc.oneof(
      fc.integer({ min: 0, max: 100 }),
      fc.integer({ min: 1, max: 1000 }).map((k) => k / 100),
    ),
    rows: { min: 1, max: 1 },
    cols,
  },
  { name: 'zeros', value: fc.constantFrom(0, 0, 0, 1, 5), rows: small, cols },
  {
    name: 'negative values (ratio scales must refuse them)',
    value: fc.integer({ min: -50, max: 50 }),
    rows: small,
    cols,
  },
  {
    name: 'huge magnitudes (1e300 to 1.7e308)',
    value: fc.oneof(
      fc.integer({ min: 0, max: 100 }).map((k) => k * 1e300),
      fc.double({ min: 1e306, max: Number.MAX_VALUE, noNaN: true }),
      fc.constant(Number.MAX_VALUE),
    ),
    rows: small,
    cols,
    extreme: true,
  },
  {
    name: 'huge magnitudes of both signs (±1e308)',
    value: fc.oneof(
      fc.constantFrom(-1e308, 1e308, -Number.MAX_VALUE, Number.MAX_VALUE, 0),
      fc.double({ min: -1e308, max: 1e308, noNaN: true }),
    ),
    rows: small,
    cols,
    extreme: true,
  },
  {
    name: 'tiny magnitudes (1e-300, subnormals)',
    value: fc.oneof(
      fc.integer({ min: 0, max: 100 }).map((k) => k * 1e-300),
      fc.constantFrom(5e-324, 1e-310, 0),
    ),
    rows: small,
    cols,
    extreme: true,
  },
  {
    name: 'extreme weights (1e308, 1e-300, 5e-324)',
    value: fc.integer({ min: 0, max: 100 }),
    rows: small,
    cols,
    weight: fc.constantFrom(0, 1, 1e308, Number.MAX_VALUE, 1e-300, 5e-324),
    extreme: true,
  },
];

const dir = fc.constantFrom<Dir>('benefit', 'cost');

/** Preference thresholds scaled to the column's spread (or magnitude), so that every function has effect. */
function preferenceFor(unit: number): fc.Arbitrary<Preference> {
  const f = fc.constantFrom(0, 0.25, 0.5, 1, 2);
  const pos = fc.constantFrom(0.25, 0.5, 1, 2);
  return fc.oneof(
    fc.constant({ type: 'usual' as const }),
    f.map((a) => ({ type: 'u-shape' as const, q: a * unit })),
    pos.map((a) => ({ type: 'v-shape' as const, p: a * unit })),
    fc.tuple(f, pos).map(([a, b]) => ({ type: 'level' as const, q: a * unit, p: (a + b) * unit })),
    fc.tuple(f, pos).map(([a, b]) => ({ type: 'linear' as const, q: a * unit, p: (a + b) * unit })),
    pos.map((a) => ({ type: 'gaussian' as const, s: a * unit })),
  );
}

const columnOf = (m: number[][], j: number) => m.map((row) => row[j]);
/**
 * A positive unit for column j: its spread, else its magnitude, else 1; at most a quarter of the largest double,
 * so that thresholds up to 4 units stay finite (and survive JSON).
 */
function unitOf(x: number[]): number {
  const lo = Math.min(...x);
  const hi = Math.max(...x);
  const spread = Number.isFinite(hi - lo) ? hi - lo : hi / 2 - lo / 2;
  const top = Math.max(...x.map(Math.abs));
  return Math.min(spread > 0 ? spread : top > 0 ? top : 1, Number.MAX_VALUE / 4);
}

/** frontier-ratio references, random-baseline baselines and bests derived from the column, sometimes absent. */
function contextFor(matrix: number[][], n: number): fc.Arbitrary<Context> {
  const perColumn = (j: number) => {
    const x = columnOf(matrix, j);
    const top = Math.max(...x.map(Math.abs));
    const lo = Math.min(...x);
    const hi = Math.max(...x);
    return fc.record({
      reference: fc.constantFrom<number | null>(top > 0 ? top : 1, (top > 0 ? top : 1) / 2, 1, null),
      baseline: fc.constantFrom<number | null>(null, 0, lo, lo / 2 + hi / 2),
      best: fc.constantFrom<number | null>(null, hi, lo),
    });
  };
  return fc.tuple(...Array.from({ length: n }, (_, j) => perColumn(j))).map((cs) => ({
    references: cs.map((c) => c.reference),
    baselines: cs.map((c) => c.baseline),
    bests: cs.map((c) => c.best),
  }));
}

export function problemArbitrary(
  config: Config,
  methods: readonly Method[] = METHODS,
  norms: readonly Norm[] = NORMS,
): fc.Arbitrary<Problem> {
  return fc
    .record({ m: fc.integer(config.rows), n: fc.integer(config.cols) })
    .chain(({ m, n }) =>
      fc.record({
        matrix: fc.array(fc.array(config.value, { minLength: n, maxLength: n }), { minLength: m, maxLength: m }),
        constant: fc.array(fc.boolean(), { minLength: n, maxLength: n }),
        dirs: fc.array(dir, { minLength: n, maxLength: n }),
        weights: fc.array(config.weight ?? integerWeight, { minLength: n, maxLength: n }),
        method: fc.constantFrom(...methods),
        normalization: fc.constantFrom(...norms),
        v: fc.constantFrom(0, 0.25, 0.5, 0.75, 1),
      }),
    )
    .map((p) => {
      const matrix = config.constantColumns
        ? p.matrix.map((row) => row.map((x, j) => (p.constant[j] ? p.matrix[0][j] : x)))
        : p.matrix;
      const weights = p.weights.some((w) => w > 0) ? p.weights : [1, ...p.weights.slice(1)];
      return { ...p, matrix, weights };
    })
    .chain((p) =>
      fc
        .record({
          preferences: fc.tuple(...p.dirs.map((_, j) => preferenceFor(unitOf(columnOf(p.matrix, j))))),
          context: contextFor(p.matrix, p.dirs.length),
        })
        .map(({ preferences, context }): Problem => ({
          matrix: p.matrix,
          dirs: p.dirs,
          weights: p.weights,
          method: p.method,
          normalization: p.normalization,
          v: p.v,
          preferences,
          context,
        })),
    );
}

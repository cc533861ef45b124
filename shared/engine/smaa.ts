import type { Direction } from './types';
import { Sampler } from './distributions';
import { CentralScores } from './central-scores';
import { dot } from './dot';
import { EngineError } from './errors';
import { spanScale } from './normalize';
import { normalConfidencePass, normalUtilityPass, tallySample } from './smaa-normal-utilities';

export type Measurement =
  | { exact: number }
  | { normal: readonly [number, number] }
  | { uniform: readonly [number, number] }
  | { lognormal: readonly [number, number] };

export type WeightInformation =
  | { kind: 'missing' }
  | { kind: 'intervals'; ranges: readonly (readonly [number, number])[] }
  /** Criterion indices, most important first: w[order[0]] ≥ w[order[1]] ≥ … */
  | { kind: 'ordinal'; order: readonly number[] }
  | { kind: 'dirichlet'; point: readonly number[]; concentration: number };

export interface SmaaInput {
  /** measurements[i][j]: alternative i on criterion j. */
  measurements: readonly (readonly Measurement[])[];
  directions: readonly Direction[];
  weights: WeightInformation;
  samples: number;
  seed: number;
  /** Cut line k: below_cut[i] = P(rank_i > k). */
  cut?: number;
  /** Compute confidence factors (a second pass over the same value draws); default true. */
  confidence?: boolean;
}

export interface SmaaResult {
  /** b_i^r: share of samples where alternative i takes rank r + 1. */
  rankAcceptability: number[][];
  /** Mean weight vector of the samples where i ranks first; null when it never does. */
  centralWeights: (number[] | null)[];
  /** p_i^c: share of value samples where i ranks first under its central weights; null without them
   * (or when confidence factors were not asked for). */
  confidence: (number | null)[];
  /** P(rank_i > cut); null without a cut. */
  belowCut: number[] | null;
}

const EXACT = 0;
const NORMAL = 1;
const UNIFORM = 2;
const LOGNORMAL = 3;
const Z95 = 1.959963984540054;

/**
 * Per cell u = c0 + c1·z (z standard normal for normal, uniform for uniform, 0 for exact), or for lognormal
 * u = alpha_j·exp(c0 + c1·z) + beta_j, where u = alpha_j·x + beta_j maps criterion j's scale (the union of
 * the measurements' 95 % ranges) linearly onto [0, 1], 1 at the best end (0 everywhere for a zero-width scale).
 */
interface Cells {
  kind: Uint8Array;
  c0: Float64Array;
  c1: Float64Array;
  alpha: Float64Array;
  beta: Float64Array;
  n: number;
  /** Cell indices by distribution, and scratch buffers for their noise. */
  normalCells: Int32Array;
  lognormalCells: Int32Array;
  uniformCells: Int32Array;
  normals: Float64Array;
  uniforms: Float64Array;
}

function prepareCells(input: SmaaInput, m: number, n: number): Cells {
  const kind = new Uint8Array(m * n);
  const a = new Float64Array(m * n);
  const b = new Float64Array(m * n);
  const lo = new Float64Array(n).fill(Infinity);
  const hi = new Float64Array(n).fill(-Infinity);
  for (let i = 0; i < m; i++) {
    if (input.measurements[i].length !== n)
      throw new EngineError(
        'shape',
        `alternative ${i} has ${input.measurements[i].length} measurements, expected ${n}`,
        ['measurements', i],
      );
    for (let j = 0; j < n; j++) {
      const cell = input.measurements[i][j];
      const k = i * n + j;
      const bad = (msg: string) => new EngineError('invalid-parameter', msg, ['measurements', i, j]);
      let range: [number, number];
      if ('exact' in cell) {
        kind[k] = EXACT;
        a[k] = cell.exact;
        range = [cell.exact, cell.exact];
      } else if ('normal' in cell) {
        const [mu, sd] = cell.normal;
        if (!(sd >= 0)) throw bad('normal needs sd ≥ 0');
        kind[k] = NORMAL;
        a[k] = mu;
        b[k] = sd;
        range = [mu - Z95 * sd, mu + Z95 * sd];
      } else if ('uniform' in cell) {
        const [l, h] = cell.uniform;
        if (!(h >= l)) throw bad('uniform needs lo ≤ hi');
        kind[k] = UNIFORM;
        a[k] = l;
        b[k] = h - l;
        range = [l, h];
      } else {
        const [mu, sigma] = cell.lognormal;
        if (!(sigma >= 0)) throw bad('lognormal needs σ ≥ 0');
        kind[k] = LOGNORMAL;
        a[k] = mu;
        b[k] = sigma;
        range = [Math.exp(mu - Z95 * sigma), Math.exp(mu + Z95 * sigma)];
      }
      if (!range.every(Number.isFinite)) throw bad('measurement parameters must be finite');
      lo[j] = Math.min(lo[j], range[0]);
      hi[j] = Math.max(hi[j], range[1]);
    }
  }
  const alpha = new Float64Array(n);
  const beta = new Float64Array(n);
  for (let j = 0; j < n; j++) {
    // Over halved bounds when hi − lo would overflow (exact): a scale of [−1e308, 1e308] still maps onto [0, 1].
    const s = spanScale(lo[j], hi[j]);
    const span = hi[j] * s - lo[j] * s;
    if (!(span > 0)) continue;
    const benefit = input.directions[j] === 'higher';
    alpha[j] = benefit ? s / span : -s / span;
    beta[j] = benefit ? (-lo[j] * s) / span : (hi[j] * s) / span;
  }
  const c0 = new Float64Array(m * n);
  const c1 = new Float64Array(m * n);
  for (let k = 0; k < m * n; k++) {
    const j = k % n;
    const lognormal = kind[k] === LOGNORMAL;
    c0[k] = lognormal ? a[k] : alpha[j] * a[k] + beta[j];
    c1[k] = lognormal ? b[k] : kind[k] === EXACT ? 0 : alpha[j] * b[k];
  }
  const cellsOf = (t: number) => Int32Array.from(kind.keys()).filter((k) => kind[k] === t);
  const normalCells = cellsOf(NORMAL);
  const lognormalCells = cellsOf(LOGNORMAL);
  const uniformCells = cellsOf(UNIFORM);
  return {
    kind,
    c0,
    c1,
    alpha,
    beta,
    n,
    normalCells,
    lognormalCells,
    uniformCells,
    normals: new Float64Array(normalCells.length + lognormalCells.length),
    uniforms: new Float64Array(uniformCells.length),
  };
}

/**
 * Draws every cell's partial value into `out` (row-major, m × n; exact cells are written once, up front). Used
 * when some measurement is uniform or lognormal; all-normal problems draw utilities directly (see smaa()).
 */
function drawPartialValues(cells: Cells, sampler: Sampler, out: Float64Array): void {
  const { c0, c1, alpha, beta, n, normalCells, lognormalCells, uniformCells, normals, uniforms } = cells;
  sampler.fillNormal(normals, normals.length);
  sampler.fillUniform(uniforms, uniforms.length);
  const nn = normalCells.length;
  for (let t = 0; t < nn; t++) {
    const k = normalCells[t];
    out[k] = c0[k] + c1[k] * normals[t];
  }
  for (let t = 0; t < lognormalCells.length; t++) {
    const k = lognormalCells[t];
    out[k] = alpha[k % n] * Math.exp(c0[k] + c1[k] * normals[nn + t]) + beta[k % n];
  }
  for (let t = 0; t < uniformCells.length; t++) {
    const k = uniformCells[t];
    out[k] = c0[k] + c1[k] * uniforms[t];
  }
}

/** A buffer for one sample's partial values, the exact cells already in place. */
function partialValueBuffer(cells: Cells, m: number, n: number): Float64Array {
  const out = new Float64Array(m * n);
  for (let k = 0; k < out.length; k++) if (cells.kind[k] === EXACT) out[k] = cells.c0[k];
  return out;
}

/**
 * Returns a function that fills `w` with one weight sample (summing to 1) under the weight information (exported
 * for the distribution tests).
 */
export function weightSampler(
  info: WeightInformation,
  n: number,
  sampler: Sampler,
  samples: number,
): (w: Float64Array) => void {
  const simplex = (w: Float64Array) => {
    let total = 0;
    while (!(total > 0)) {
      sampler.fillExponential(w, n);
      total = 0;
      for (let j = 0; j < n; j++) total += w[j];
    }
    const scale = 1 / total;
    for (let j = 0; j < n; j++) w[j] *= scale;
  };
  switch (info.kind) {
    case 'missing':
      return simplex;
    case 'intervals': {
      if (info.ranges.length !== n)
        throw new EngineError('shape', `${info.ranges.length} weight intervals for ${n} criteria`, [
          'weights',
          'ranges',
        ]);
      let sumLo = 0;
      let sumHi = 0;
      info.ranges.forEach(([l, h], j) => {
        if (!(l >= 0 && h >= l && h <= 1))
          throw new EngineError('invalid-weights', `interval ${j} must satisfy 0 ≤ lo ≤ hi ≤ 1`, [
            'weights',
            'ranges',
            j,
          ]);
        sumLo += l;
        sumHi += h;
      });
      if (sumLo > 1 + 1e-12 || sumHi < 1 - 1e-12)
        throw new EngineError('infeasible', 'no weights summing to 1 fit these intervals', ['weights', 'ranges']);
      let budget = Math.max(1_000_000, 1000 * samples);
      return (w) => {
        for (;;) {
          simplex(w);
          let ok = true;
          for (let j = 0; j < n && ok; j++) ok = w[j] >= info.ranges[j][0] && w[j] <= info.ranges[j][1];
          if (ok) return;
          if (--budget <= 0)
            throw new EngineError('infeasible', 'the weight intervals are too narrow to sample by rejection', [
              'weights',
              'ranges',
            ]);
        }
      };
    }
    case 'ordinal': {
      const order = info.order;
      const seen = new Set(order);
      if (order.length !== n || seen.size !== n || order.some((j) => !(Number.isInteger(j) && j >= 0 && j < n)))
        throw new EngineError('invalid-weights', 'the ordinal order must list every criterion exactly once', [
          'weights',
          'order',
        ]);
      const sorted = new Float64Array(n);
      return (w) => {
        simplex(sorted);
        sorted.sort();
        for (let r = 0; r < n; r++) w[order[r]] = sorted[n - 1 - r];
      };
    }
    case 'dirichlet': {
      if (info.point.length !== n)
        throw new EngineError('shape', `${info.point.length} point weights for ${n} criteria`, ['weights', 'point']);
      if (!(info.concentration > 0))
        throw new EngineError('invalid-parameter', 'concentration must be positive', ['weights', 'concentration']);
      const total = info.point.reduce((s, x) => s + x, 0);
      info.point.forEach((x, j) => {
        if (!(x >= 0))
          throw new EngineError('invalid-weights', `point weight ${j} must be ≥ 0`, ['weights', 'point', j]);
      });
      if (!(total > 0))
        throw new EngineError('invalid-weights', 'point weights must not all be 0', ['weights', 'point']);
      const alpha = info.point.map((x) => (info.concentration * x) / total);
      return (w) => {
        let s = 0;
        for (let j = 0; j < n; j++) {
          w[j] = alpha[j] > 0 ? sampler.gamma(alpha[j]) : 0;
          s += w[j];
        }
        for (let j = 0; j < n; j++) w[j] /= s;
      };
    }
  }
}

/**
 * out[at] = dot(a, aOff, b, b1, n) and out[at + 1] = dot(a, aOff, b, b2, n), bit for bit (the same four
 * accumulators and final sum), in one sweep that reads a once for both rows.
 */
function dotPair(
  a: Float64Array,
  aOff: number,
  b: Float64Array,
  b1: number,
  b2: number,
  n: number,
  out: Float64Array,
  at: number,
): void {
  let p0 = 0;
  let p1 = 0;
  let p2 = 0;
  let p3 = 0;
  let q0 = 0;
  let q1 = 0;
  let q2 = 0;
  let q3 = 0;
  let j = 0;
  for (; j + 3 < n; j += 4) {
    const a0 = a[aOff + j];
    const a1 = a[aOff + j + 1];
    const a2 = a[aOff + j + 2];
    const a3 = a[aOff + j + 3];
    p0 += a0 * b[b1 + j];
    p1 += a1 * b[b1 + j + 1];
    p2 += a2 * b[b1 + j + 2];
    p3 += a3 * b[b1 + j + 3];
    q0 += a0 * b[b2 + j];
    q1 += a1 * b[b2 + j + 1];
    q2 += a2 * b[b2 + j + 2];
    q3 += a3 * b[b2 + j + 3];
  }
  for (; j < n; j++) {
    p0 += a[aOff + j] * b[b1 + j];
    q0 += a[aOff + j] * b[b2 + j];
  }
  out[at] = p0 + p1 + (p2 + p3);
  out[at + 1] = q0 + q1 + (q2 + q3);
}

const VALUE_STREAM = 0x9e3779b9;
/** Up to this many partial values (32 MB) pass 1 keeps its draws for pass 2; beyond, pass 2 replays them. */
const KEEP_VALUES = 1 << 22;
/**
 * The buffer they are kept in, reused from call to call (SMAA reruns at every weight edit): a fresh 24 MB array
 * per call cost as much as the draws it saves, in page faults and zeroing.
 */
let keptBuffer = new Float64Array(0);

function keepBuffer(size: number): Float64Array {
  if (keptBuffer.length < size) keptBuffer = new Float64Array(size);
  return keptBuffer;
}

/**
 * Pass 1: rank counts, and the weight sums of the samples where each alternative ranks first; sample s's
 * partial values are copied to kept[s·m·n …] when `kept` is given.
 */
function acceptabilityPass(
  cells: Cells,
  drawWeights: (w: Float64Array) => void,
  values: Sampler,
  m: number,
  n: number,
  N: number,
  acceptCount: Float64Array,
  centralSum: Float64Array,
  firstCount: Float64Array,
  kept: Float64Array | null,
): void {
  const w = new Float64Array(n);
  const u = partialValueBuffer(cells, m, n);
  const utility = new Float64Array(m);
  for (let s = 0; s < N; s++) {
    drawWeights(w);
    drawPartialValues(cells, values, u);
    if (kept) kept.set(u, s * m * n);
    let t = 0;
    for (; t + 1 < m; t += 2) dotPair(w, 0, u, t * n, (t + 1) * n, n, utility, t);
    if (t < m) utility[t] = dot(w, 0, u, t * n, n);
    tallySample(w, utility, m, n, acceptCount, centralSum, firstCount);
  }
}

/**
 * Pass 2: the same value draws, kept by pass 1 (`values` an array) or replayed from the stream (a Sampler),
 * with weights fixed at each central weight vector: i counts when no alternative scores above it.
 */
function confidencePass(
  cells: Cells,
  values: Sampler | Float64Array,
  m: number,
  n: number,
  N: number,
  central: Float64Array,
  firstCount: Float64Array,
  confidentCount: Float64Array,
): void {
  const replay = values instanceof Sampler ? values : null;
  const u = replay ? partialValueBuffer(cells, m, n) : (values as Float64Array);
  const scores = new CentralScores(central, m, n);
  const score = scores.score;
  for (let s = 0; s < N; s++) {
    if (replay) drawPartialValues(cells, replay, u);
    scores.compute(u, replay ? 0 : s * m * n);
    for (let i = 0; i < m; i++) {
      const own = score[i * m + i];
      let best = firstCount[i] > 0;
      for (let k = 0; k < m && best; k++) best = !(score[k * m + i] > own);
      if (best) confidentCount[i]++;
    }
  }
}

/**
 * SMAA-2 (Lahdelma & Salminen 2001) with an additive value function: each sample draws a weight vector
 * (uniform on the simplex when missing, Rubinstein 1982; rejection for intervals; sorted for ordinal
 * information; Dirichlet around a point) and every measurement, maps values linearly onto [0, 1] over the
 * criterion's scale (the union of the measurements' 95 % ranges) and ranks by Σ w_j u_ij (ties share the
 * better rank). Rank acceptabilities b_i^r, central weights w_i^c and the below-cut probabilities come
 * from one pass; confidence factors p_i^c from a second under each central weight vector. When every
 * measurement is normal or exact, both passes draw the utilities from their normal distributions instead of
 * every value (smaa-normal-utilities.ts; the confidence pass with fresh draws); otherwise the second pass takes
 * the first pass's value draws (kept up to 2^22 values, replayed from the stream beyond).
 * Weights and values use separate PRNG streams derived from the seed, so results are bit-reproducible.
 */
export function smaa(input: SmaaInput): SmaaResult {
  const m = input.measurements.length;
  const n = input.directions.length;
  if (m < 1) throw new EngineError('shape', 'at least one alternative is needed', ['measurements']);
  if (n < 1) throw new EngineError('shape', 'at least one criterion is needed', ['criteria']);
  if (!(Number.isInteger(input.samples) && input.samples >= 1))
    throw new EngineError('invalid-parameter', 'samples must be a positive integer', ['samples']);
  if (input.cut !== undefined && !(Number.isInteger(input.cut) && input.cut >= 1 && input.cut <= m))
    throw new EngineError('invalid-parameter', `cut must be an integer between 1 and ${m}`, ['cut']);
  const cells = prepareCells(input, m, n);
  const N = input.samples;
  const drawWeights = weightSampler(input.weights, n, new Sampler(input.seed), N);
  const valueSeed = (input.seed ^ VALUE_STREAM) >>> 0;

  const acceptCount = new Float64Array(m * m);
  const centralSum = new Float64Array(m * n);
  const firstCount = new Float64Array(m);
  const withConfidence = input.confidence ?? true;
  // Every measurement normal or exact: the utilities are drawn directly (smaa-normal-utilities.ts).
  const normalUtilities = cells.lognormalCells.length === 0 && cells.uniformCells.length === 0;
  const kept = withConfidence && !normalUtilities && N * m * n <= KEEP_VALUES ? keepBuffer(N * m * n) : null;
  const values = new Sampler(valueSeed);
  if (normalUtilities)
    normalUtilityPass(cells.c0, cells.c1, m, n, N, drawWeights, values, acceptCount, centralSum, firstCount);
  else acceptabilityPass(cells, drawWeights, values, m, n, N, acceptCount, centralSum, firstCount, kept);
  const centralWeights = Array.from({ length: m }, (_, i) =>
    firstCount[i] > 0 ? Array.from({ length: n }, (_, j) => centralSum[i * n + j] / firstCount[i]) : null,
  );
  const central = new Float64Array(m * n);
  centralWeights.forEach((c, i) => c && central.set(c, i * n));
  const confidentCount = new Float64Array(m);
  if (withConfidence && normalUtilities)
    normalConfidencePass(cells.c0, cells.c1, m, n, N, central, firstCount, values, confidentCount);
  else if (withConfidence)
    confidencePass(cells, kept ?? new Sampler(valueSeed), m, n, N, central, firstCount, confidentCount);

  const rankAcceptability = Array.from({ length: m }, (_, i) =>
    Array.from({ length: m }, (_, r) => acceptCount[i * m + r] / N),
  );
  const cut = input.cut;
  return {
    rankAcceptability,
    centralWeights,
    confidence: centralWeights.map((c, i) => (c && withConfidence ? confidentCount[i] / N : null)),
    belowCut: cut === undefined ? null : rankAcceptability.map((row) => row.slice(cut).reduce((a, b) => a + b, 0)),
  };
}

import type { PreferenceFunction } from './types';

/** Leaving and entering outranking sums before the 1/(m − 1) of φ⁺ and φ⁻. */
export interface OutrankingSums {
  /** out[a] = Σ_j w_j Σ_b P_j(d_j(a, b)) */
  out: Float64Array;
  /** inn[a] = Σ_j w_j Σ_b P_j(d_j(b, a)) */
  inn: Float64Array;
}

/**
 * PROMETHEE outranking sums criterion by criterion (Brans & Vincke 1985), d_j(a, b) = s_j·(x_aj − x_bj) with
 * s_j = ±1 the direction. For the piecewise-linear functions P is 0 for d ≤ q, 1 above p (usual: q = p = 0;
 * u-shape: q = p; v-shape: q = 0) and ½ (level) or (d − q)/(p − q) (linear, v-shape) between, so with the
 * column sorted, Σ_b P(d(a, b)) needs only how many b fall in each range and, for the linear part, the sum of
 * their values (compensated prefix sums): O(m log m) per criterion instead of the pairwise O(m²). The range
 * ends are found with the same floating-point differences and inequalities as the pairwise definition, so
 * ties and values lying on a threshold fall on the same side. Gaussian criteria, columns holding an infinite value
 * and columns whose differences overflow (values near ±1e308; such a difference is taken over halved values with
 * the `halved` thresholds, exact) keep the pairwise sum, with `pairwise` the preference function of a positive
 * advantage.
 */
export function outrankingSums(
  data: Float64Array,
  rows: number,
  cols: number,
  fns: readonly PreferenceFunction[],
  halved: readonly PreferenceFunction[],
  weights: ArrayLike<number>,
  sign: readonly number[],
  pairwise: (f: PreferenceFunction, d: number) => number,
): OutrankingSums {
  const out = new Float64Array(rows);
  const inn = new Float64Array(rows);
  const y = new Float64Array(rows);
  const keys = new Float64Array(rows);
  const words = new Uint32Array(keys.buffer);
  const order = new Uint32Array(rows);
  const sorted = new Float64Array(rows);
  const hi = new Float64Array(rows + 1);
  const lo = new Float64Array(rows + 1);
  const plus = new Float64Array(rows);
  const minus = new Float64Array(rows);
  for (let j = 0; j < cols; j++) {
    const w = weights[j];
    if (w === 0) continue;
    let finite = true;
    let min = Infinity;
    let max = -Infinity;
    for (let a = 0; a < rows; a++) {
      const v = (y[a] = sign[j] * data[a * cols + j]);
      if (!Number.isFinite(v)) finite = false;
      if (v < min) min = v;
      if (v > max) max = v;
    }
    const f = fns[j];
    if (f.type === 'gaussian' || !finite || !Number.isFinite(max - min)) {
      pairwiseColumn(y, f, halved[j], w, pairwise, out, inn);
      continue;
    }
    const withRows = sortWithRows(y, keys, words, order, sorted);
    if (!withRows) {
      sorted.set(y);
      sorted.sort();
    }
    if (f.type === 'linear' || f.type === 'v-shape') prefixSums(sorted, hi, lo);
    columnSums(sorted, f, hi, lo, plus, minus);
    for (let i = 0; i < rows; i++) {
      // a tie's sums depend on its value only, so the first position of the value serves every row holding it
      const a = withRows ? order[i] : i;
      const at = withRows ? i : lowerBound(sorted, y[a]);
      out[a] += w * plus[at];
      inn[a] += w * minus[at];
    }
  }
  return { out, inn };
}

/** Index of the low 32-bit word of a float64 in a Uint32Array view (0 on little-endian platforms). */
const LOW_WORD = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1 ? 0 : 1;

/**
 * Sorts y into `sorted` with order[i] = the row at position i, by one native sort of keys that carry the row in
 * the low bits of the mantissa (`words` views `keys`). Values equal but for those bits can come out of order:
 * then it returns false, and the caller sorts the values alone and finds each row's position by bisection.
 */
function sortWithRows(
  y: Float64Array,
  keys: Float64Array,
  words: Uint32Array,
  order: Uint32Array,
  sorted: Float64Array,
): boolean {
  const rows = y.length;
  if (rows > 1 << 24) return false;
  const bits = Math.max(1, Math.ceil(Math.log2(rows)));
  const mask = (1 << bits) - 1;
  keys.set(y);
  for (let a = 0; a < rows; a++) {
    const k = 2 * a + LOW_WORD;
    words[k] = (words[k] & ~mask) | a;
  }
  keys.sort();
  for (let i = 0; i < rows; i++) {
    const a = words[2 * i + LOW_WORD] & mask;
    order[i] = a;
    sorted[i] = y[a];
    if (i > 0 && sorted[i - 1] > sorted[i]) return false;
  }
  return true;
}

function pairwiseColumn(
  y: Float64Array,
  f: PreferenceFunction,
  half: PreferenceFunction,
  w: number,
  pairwise: (f: PreferenceFunction, d: number) => number,
  out: Float64Array,
  inn: Float64Array,
): void {
  for (let a = 0; a < y.length; a++) {
    for (let b = a + 1; b < y.length; b++) {
      let d = y[a] - y[b];
      let g = f;
      if (d === Infinity || d === -Infinity) {
        // the difference overflows (values near ±1e308): halve both sides and the thresholds (exact)
        d = y[a] / 2 - y[b] / 2;
        g = half;
      }
      if (d > 0) {
        const p = w * pairwise(g, d);
        out[a] += p;
        inn[b] += p;
      } else if (d < 0) {
        const p = w * pairwise(g, -d);
        out[b] += p;
        inn[a] += p;
      }
    }
  }
}

/** hi[k] + lo[k] = Σ_{b<k} (s[b] − c), c the median, accumulated with Knuth's TwoSum (error-free). */
function prefixSums(s: Float64Array, hi: Float64Array, lo: Float64Array): void {
  const c = s[s.length >> 1];
  let sum = 0;
  let err = 0;
  hi[0] = 0;
  lo[0] = 0;
  for (let b = 0; b < s.length; b++) {
    const x = s[b] - c;
    const t = sum + x;
    const bp = t - sum;
    err += sum - (t - bp) + (x - bp);
    sum = t;
    hi[b + 1] = sum;
    lo[b + 1] = err;
  }
}

/** Σ_{l≤b<r} (s[b] − c) from the prefix sums. */
function rangeSum(hi: Float64Array, lo: Float64Array, l: number, r: number): number {
  return hi[r] - hi[l] + (lo[r] - lo[l]);
}

/** The first index i of the ascending s with s[i] ≥ v. */
function lowerBound(s: Float64Array, v: number): number {
  let l = 0;
  let r = s.length;
  while (l < r) {
    const mid = (l + r) >>> 1;
    if (s[mid] < v) l = mid + 1;
    else r = mid;
  }
  return l;
}

/** The thresholds (q, p) of the ranges 0 | middle | 1, and the middle's kind. */
function ranges(f: Exclude<PreferenceFunction, { type: 'gaussian' }>): { q: number; p: number; linear: boolean } {
  switch (f.type) {
    case 'usual':
      return { q: 0, p: 0, linear: false };
    case 'u-shape':
      return { q: f.q, p: f.q, linear: false };
    case 'v-shape':
      return { q: 0, p: f.p, linear: true };
    case 'level':
      return { q: f.q, p: f.p, linear: false };
    case 'linear':
      return { q: f.q, p: f.p, linear: true };
  }
}

/**
 * For each position i of the ascending column s (value v = s[i]): plus[i] = Σ_b P(v − s[b]) and
 * minus[i] = Σ_b P(s[b] − v). v − s[b] falls as b rises and s[b] − v rises, so each range end moves one
 * way as i rises (two pointers). The middle counts ½ each (level) or Σ (d − q)/(p − q) (linear).
 */
function columnSums(
  s: Float64Array,
  f: Exclude<PreferenceFunction, { type: 'gaussian' }>,
  hi: Float64Array,
  lo: Float64Array,
  plus: Float64Array,
  minus: Float64Array,
): void {
  const { q, p, linear } = ranges(f);
  const m = s.length;
  const c = s[m >> 1];
  const span = p - q;
  // b < aboveP ⇔ v − s[b] > p; b < aboveQ ⇔ v − s[b] > q (leaving side)
  let aboveP = 0;
  let aboveQ = 0;
  // b ≥ belowP ⇔ s[b] − v > p; b ≥ belowQ ⇔ s[b] − v > q (entering side)
  let belowP = 0;
  let belowQ = 0;
  for (let i = 0; i < m; i++) {
    const v = s[i];
    while (aboveP < m && v - s[aboveP] > p) aboveP++;
    while (aboveQ < m && v - s[aboveQ] > q) aboveQ++;
    while (belowP < m && !(s[belowP] - v > p)) belowP++;
    while (belowQ < m && !(s[belowQ] - v > q)) belowQ++;
    const leaving = aboveQ - aboveP;
    const entering = belowP - belowQ;
    if (linear) {
      // Σ (v − s[b] − q) over the middle, with v − s[b] = (v − c) − (s[b] − c)
      const dl = leaving * (v - c - q) - rangeSum(hi, lo, aboveP, aboveQ);
      const de = rangeSum(hi, lo, belowQ, belowP) - entering * (v - c + q);
      plus[i] = aboveP + (leaving > 0 ? dl / span : 0);
      minus[i] = m - belowP + (entering > 0 ? de / span : 0);
    } else {
      plus[i] = aboveP + 0.5 * leaving;
      minus[i] = m - belowP + 0.5 * entering;
    }
  }
}

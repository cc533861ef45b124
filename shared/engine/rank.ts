/** Scores closer than this (relative) count as tied, so that float noise does not split ties. */
const TIE_EPS = 1e-12;

export type Better = 'higher' | 'lower';

const scoresTie = (a: number, b: number): boolean => Math.abs(a - b) <= TIE_EPS * Math.max(1, Math.abs(a), Math.abs(b));

/**
 * Standard competition ranking ("1224"): equal scores share the best rank and the next rank skips.
 * `order` lists indices best first; equal scores (to a relative 1e-12, chained) keep their input order, so the
 * result is deterministic. The indices are sorted by key (a stable sort: equal keys in index order), then
 * near-equal runs are put in index order.
 */
export function competitionRanks(
  scores: ArrayLike<number>,
  better: Better = 'higher',
): { rank: number[]; order: number[] } {
  const n = scores.length;
  const key = new Float64Array(n);
  const sign = better === 'higher' ? -1 : 1;
  for (let i = 0; i < n; i++) key[i] = sign * scores[i];
  const sorted =
    n > RADIX_FROM ? (bucketOrder(key) ?? radixOrder(key)) : Uint32Array.from(key, (_, i) => i).sort(byKey(key));
  const order = plainArray(sorted);
  const rank = new Array<number>(n);
  for (let start = 0; start < n;) {
    let end = start + 1;
    while (end < n && scoresTie(scores[order[end]], scores[order[end - 1]])) end++;
    if (end - start > 1) {
      const group = order.slice(start, end).sort((a, b) => a - b);
      for (let k = 0; k < group.length; k++) order[start + k] = group[k];
    }
    for (let k = start; k < end; k++) rank[order[k]] = start + 1;
    start = end;
  }
  return { rank, order };
}

/** bucketOrder gives up after this many insertion moves per key (clustered keys: the radix sort is then cheaper). */
const BUCKET_MOVES = 4;

/**
 * Indices of finite `key` in ascending key order, equal keys in index order, by a bucket sort: n buckets over
 * [min, max] (bucket ⌊(k − min)·n/(max − min)⌋, monotone in k since each rounding is), filled in index order, then
 * an insertion sort within each bucket that moves an index only past a strictly larger key. O(n) for keys spread
 * smoothly, as scores are; null when the span is 0 or not finite, or when the insertions exceed BUCKET_MOVES·n.
 */
function bucketOrder(key: Float64Array): Uint32Array | null {
  const n = key.length;
  let lo = key[0];
  let hi = key[0];
  for (let i = 1; i < n; i++) {
    const k = key[i];
    if (k < lo) lo = k;
    else if (k > hi) hi = k;
  }
  const scale = n / (hi - lo);
  if (!(scale < Infinity) || !(scale > 0)) return null;
  const bucket = new Uint32Array(n);
  const start = new Uint32Array(n + 1);
  for (let i = 0; i < n; i++) start[(bucket[i] = Math.min(n - 1, Math.floor((key[i] - lo) * scale))) + 1]++;
  for (let b = 0; b < n; b++) start[b + 1] += start[b];
  const order = new Uint32Array(n);
  const fill = start.slice(0, n);
  for (let i = 0; i < n; i++) order[fill[bucket[i]]++] = i;
  let budget = BUCKET_MOVES * n;
  for (let b = 0; b < n; b++) {
    const end = start[b + 1];
    for (let p = start[b] + 1; p < end; p++) {
      const i = order[p];
      const k = key[i];
      let q = p - 1;
      for (; q >= start[b] && key[order[q]] > k; q--) order[q + 1] = order[q];
      order[q + 1] = i;
      budget -= p - 1 - q;
    }
    if (budget < 0) return null;
  }
  return order;
}

/** A typed array's values as a plain array: an indexed loop, several times faster than Array.from's iterator. */
export function plainArray(values: ArrayLike<number>): number[] {
  const out = new Array<number>(values.length);
  for (let i = 0; i < values.length; i++) out[i] = values[i];
  return out;
}

/** Below this many keys a comparison sort is cheaper than the radix passes' counts. */
const RADIX_FROM = 256;

const byKey = (key: Float64Array) => (a: number, b: number) => key[a] - key[b] || a - b;

const DIGIT = 11;
const BUCKETS = 1 << DIGIT;
const MASK = BUCKETS - 1;

/**
 * Indices of finite `key` in ascending key order, equal keys in index order: an LSD radix sort (stable) over the
 * keys' IEEE 754 bits made order-preserving (a negative key's bits flipped, a positive key's sign bit set; −0
 * then sorts just before +0, which the tie runs above merge), 11 bits a pass, a pass skipped when every key has
 * the same digit there.
 */
function radixOrder(key: Float64Array): Uint32Array {
  const n = key.length;
  const words = new Uint32Array(key.buffer, key.byteOffset, 2 * n);
  const lo = new Uint32Array(n);
  const hi = new Uint32Array(n);
  const little = new Uint8Array(new Float64Array([-0]).buffer)[7] === 0x80;
  for (let i = 0; i < n; i++) {
    const l = little ? words[2 * i] : words[2 * i + 1];
    const h = little ? words[2 * i + 1] : words[2 * i];
    if (h >>> 31) {
      lo[i] = ~l;
      hi[i] = ~h;
    } else {
      lo[i] = l;
      hi[i] = h | 0x80000000;
    }
  }
  // Six digits: bits 0–10, 11–21, 22–31 of the low word, then the same of the high word.
  const counts = new Uint32Array(6 * BUCKETS);
  for (let i = 0; i < n; i++) {
    const l = lo[i];
    const h = hi[i];
    counts[l & MASK]++;
    counts[BUCKETS + ((l >>> DIGIT) & MASK)]++;
    counts[2 * BUCKETS + (l >>> (2 * DIGIT))]++;
    counts[3 * BUCKETS + (h & MASK)]++;
    counts[4 * BUCKETS + ((h >>> DIGIT) & MASK)]++;
    counts[5 * BUCKETS + (h >>> (2 * DIGIT))]++;
  }
  let from = new Uint32Array(n);
  for (let i = 0; i < n; i++) from[i] = i;
  let to = new Uint32Array(n);
  for (let d = 0; d < 6; d++) {
    const word = d < 3 ? lo : hi;
    const shift = DIGIT * (d % 3);
    const base = d * BUCKETS;
    if (counts[base + ((word[0] >>> shift) & MASK)] === n) continue;
    let sum = 0;
    for (let b = base; b < base + BUCKETS; b++) {
      const c = counts[b];
      counts[b] = sum;
      sum += c;
    }
    for (let k = 0; k < n; k++) {
      const i = from[k];
      to[counts[base + ((word[i] >>> shift) & MASK)]++] = i;
    }
    [from, to] = [to, from];
  }
  return from;
}

/** Fractional ("1, 2.5, 2.5, 4") ranking: tied values get the mean of the positions they span. */
export function fractionalRanks(values: readonly number[], better: Better): number[] {
  const sign = better === 'higher' ? -1 : 1;
  const order = values.map((_, i) => i).sort((a, b) => sign * (values[a] - values[b]));
  const ranks = new Array<number>(values.length);
  for (let k = 0; k < order.length;) {
    let e = k;
    while (e + 1 < order.length && values[order[e + 1]] === values[order[k]]) e++;
    for (let t = k; t <= e; t++) ranks[order[t]] = (k + e) / 2 + 1;
    k = e + 1;
  }
  return ranks;
}

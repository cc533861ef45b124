/** Scores closer than this (relative) count as tied, so that float noise does not split ties. */
const TIE_EPS = 1e-12;

export type Better = 'higher' | 'lower';

const scoresTie = (a: number, b: number): boolean => Math.abs(a - b) <= TIE_EPS * Math.max(1, Math.abs(a), Math.abs(b));

/**
 * Standard competition ranking ("1224"): equal scores share the best rank and the next rank skips.
 * `order` lists indices best first; equal scores (to a relative 1e-12, chained) keep their input order, so the
 * result is deterministic. The keys are sorted natively, each index placed by binary search (equal keys in
 * index order), then near-equal runs are put in index order.
 */
export function competitionRanks(
  scores: readonly number[],
  better: Better = 'higher',
): { rank: number[]; order: number[] } {
  const n = scores.length;
  const key = new Float64Array(n);
  const sign = better === 'higher' ? -1 : 1;
  for (let i = 0; i < n; i++) key[i] = sign * scores[i];
  const sorted = key.slice().sort();
  const used = new Int32Array(n);
  const order = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (sorted[mid] < key[i]) lo = mid + 1;
      else hi = mid;
    }
    order[lo + used[lo]++] = i;
  }
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

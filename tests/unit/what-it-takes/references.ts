/**
 * Reference formulas written from the definitions, independent of the engine, for the brute-force checks of the
 * inverse solver.
 */
type Dir = 'higher' | 'lower';

const column = (values: number[][], j: number) => values.map((r) => r[j]);

/** Min–max (Hwang & Yoon 1981): benefit (x − min)/(max − min), cost (max − x)/(max − min), constant → 1. */
function minmax(values: number[][], directions: Dir[]): number[][] {
  return values.map((row) =>
    row.map((x, j) => {
      const col = column(values, j);
      const [lo, hi] = [Math.min(...col), Math.max(...col)];
      if (hi === lo) return 1;
      return directions[j] === 'higher' ? (x - lo) / (hi - lo) : (hi - x) / (hi - lo);
    }),
  );
}

/** Divide by max (Jahan & Edwards 2015): benefit x/max, cost 1 − x/max. */
function byMax(values: number[][], directions: Dir[]): number[][] {
  return values.map((row) =>
    row.map((x, j) => {
      const hi = Math.max(...column(values, j));
      if (hi === 0) return 1;
      return directions[j] === 'higher' ? x / hi : 1 - x / hi;
    }),
  );
}

export type RefMethod = 'wsm-minmax' | 'wsm-max' | 'topsis-minmax';

/** Composite per row (higher better): WSM Σ w·n, or TOPSIS closeness D⁻/(D⁺ + D⁻) over v = w·n. */
export function composites(values: number[][], directions: Dir[], weights: number[], method: RefMethod): number[] {
  const total = weights.reduce((a, b) => a + b, 0);
  const w = weights.map((x) => x / total);
  const n = method === 'wsm-max' ? byMax(values, directions) : minmax(values, directions);
  if (method !== 'topsis-minmax') return n.map((row) => row.reduce((s, x, j) => s + w[j] * x, 0));
  const v = n.map((row) => row.map((x, j) => w[j] * x));
  const ideal = directions.map((_, j) => Math.max(...column(v, j)));
  const anti = directions.map((_, j) => Math.min(...column(v, j)));
  return v.map((row) => {
    const plus = Math.sqrt(row.reduce((s, x, j) => s + (x - ideal[j]) ** 2, 0));
    const minus = Math.sqrt(row.reduce((s, x, j) => s + (x - anti[j]) ** 2, 0));
    return plus + minus === 0 ? 0.5 : minus / (plus + minus);
  });
}

const tied = (a: number, b: number) => Math.abs(a - b) <= 1e-12 * Math.max(1, Math.abs(a), Math.abs(b));

/** Competition rank of row i: 1 + the number of rows strictly ahead (a tie shares the rank). */
export function rankOf(scores: number[], i: number): number {
  return 1 + scores.filter((s, k) => k !== i && s > scores[i] && !tied(s, scores[i])).length;
}

/** Score / bar (bar / score when lower is better); null when the denominator is not positive. */
export function ratio(x: number, bar: number, direction: Dir): number | null {
  const [num, den] = direction === 'higher' ? [x, bar] : [bar, x];
  return den > 0 && num >= 0 ? num / den : null;
}

/**
 * The cut rule as programme.ts states it: among the teams passing every gate, ranked by total, `keep` stay; the teams
 * tied (within 1e-9) with the last one kept, when the tie spans the line, all advance ("all-advance") or all go.
 */
export function advances(totals: number[], eligible: boolean[], keep: number, tieRule: string, i: number): boolean {
  if (!eligible[i]) return false;
  const ranked = totals.filter((_, k) => eligible[k]).sort((a, b) => b - a);
  if (keep >= ranked.length) return true;
  if (keep === 0) return false;
  const last = ranked[keep - 1];
  const near = (t: number) => Math.abs(t - last) <= 1e-9;
  if (!near(totals[i])) return totals[i] > last;
  return near(ranked[keep]) ? tieRule === 'all-advance' : true;
}

/**
 * An independent re-computation used as the e2e oracle: min-max normalization per column (missing = worst),
 * weighted sum, ranks by descending score; with the coverage rule (README): a model with a value on fewer than
 * `minCoverage` of the columns (default 0.5) comes after every model that has enough. Written apart from shared/.
 */
export function expectedOrder(
  names: string[],
  columns: (number | null)[][],
  weights: number[],
  minCoverage = 0.5,
): string[] {
  const scores = expectedScores(names.length, columns, weights);
  const short = names.map((_, r) => columns.filter((col) => col[r] !== null).length < minCoverage * columns.length);
  return names
    .map((n, i) => ({ n, s: scores[i], i, short: short[i] ? 1 : 0 }))
    .sort((a, b) => a.short - b.short || b.s - a.s || a.i - b.i)
    .map((x) => x.n);
}

/** Each row's composite: Σ_k (w_k / Σw) · (x − min_k) / (max_k − min_k), a missing value 0 (the worst). */
export function expectedScores(rows: number, columns: (number | null)[][], weights: number[]): number[] {
  const total = weights.reduce((a, b) => a + b, 0);
  return Array.from({ length: rows }, (_, r) =>
    columns.reduce((sum, col, k) => {
      const present = col.filter((v): v is number => v !== null);
      const lo = Math.min(...present);
      const hi = Math.max(...present);
      const v = col[r];
      const n = v === null ? 0 : hi === lo ? 1 : (v - lo) / (hi - lo);
      return sum + (weights[k] / total) * n;
    }, 0),
  );
}

/**
 * An independent re-computation used as the e2e oracle: min-max normalization per column (missing = worst),
 * weighted sum, ranks by descending score. Deliberately written apart from shared/engine.
 */
export function expectedOrder(names: string[], columns: (number | null)[][], weights: number[]): string[] {
  const total = weights.reduce((a, b) => a + b, 0);
  const scores = names.map((_, r) =>
    columns.reduce((sum, col, k) => {
      const present = col.filter((v): v is number => v !== null);
      const lo = Math.min(...present);
      const hi = Math.max(...present);
      const v = col[r];
      const n = v === null ? 0 : hi === lo ? 1 : (v - lo) / (hi - lo);
      return sum + (weights[k] / total) * n;
    }, 0),
  );
  return names
    .map((n, i) => ({ n, s: scores[i], i }))
    .sort((a, b) => b.s - a.s || a.i - b.i)
    .map((x) => x.n);
}

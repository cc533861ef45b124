/** Direct weights normalized to sum 1; all-zero weights give equal weights (never NaN). */
export function normalizeWeights(raw: readonly number[]): number[] {
  const total = raw.reduce((a, b) => a + b, 0);
  if (!(total > 0)) return raw.map(() => (raw.length ? 1 / raw.length : 0));
  return raw.map((w) => w / total);
}

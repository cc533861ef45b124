/** Saaty's fundamental scale (Saaty 1980): 9 … 2, 1 (equal), 1/2 … 1/9, as [value, label] with labels "9" or "1/9". */
export const SAATY_SCALE: readonly { value: number; label: string }[] = [
  ...[9, 8, 7, 6, 5, 4, 3, 2].map((k) => ({ value: k, label: String(k) })),
  { value: 1, label: '1' },
  ...[2, 3, 4, 5, 6, 7, 8, 9].map((k) => ({ value: 1 / k, label: `1/${k}` })),
];

/** The scale's entry nearest to a ratio on a log scale (a judgement read back from a file). */
export function nearestOnScale(x: number): { value: number; label: string } {
  let best = SAATY_SCALE[0];
  for (const s of SAATY_SCALE) if (Math.abs(Math.log(s.value / x)) < Math.abs(Math.log(best.value / x))) best = s;
  return best;
}

/** A ratio written as the scale writes it: 3, 1/3, or with two decimals off the scale (2.47, 1/2.47). */
export function formatRatio(x: number): string {
  const near = nearestOnScale(x);
  if (Math.abs(near.value - x) < 1e-9 * near.value) return near.label;
  return x >= 1 ? x.toFixed(2) : `1/${(1 / x).toFixed(2)}`;
}

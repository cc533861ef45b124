/** Categorical colours for series (models, criteria, teams), distinguishable on screen and in print. */
const CATEGORICAL = [
  '#2f5d8a',
  '#c0392b',
  '#2e8b57',
  '#8e44ad',
  '#d35400',
  '#16a085',
  '#b8860b',
  '#5d6d7e',
  '#e84393',
  '#1e90ff',
  '#6d4c41',
  '#7cb342',
] as const;

export const colourAt = (i: number): string => CATEGORICAL[i % CATEGORICAL.length];

/** Shares of a sequence (ranks), dark for the first: steps of one hue from #1f3f66 to #dbe7f3. */
export function sequential(count: number): string[] {
  const from = [0x1f, 0x3f, 0x66];
  const to = [0xdb, 0xe7, 0xf3];
  return Array.from({ length: count }, (_, i) => {
    const f = count > 1 ? i / (count - 1) : 0;
    const c = from.map((x, k) => Math.round(x + (to[k] - x) * f));
    return `#${c.map((x) => x.toString(16).padStart(2, '0')).join('')}`;
  });
}

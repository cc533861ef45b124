/**
 * Background colour of a heatmap cell from its ratio to the frontier bar: below the threshold from
 * red (ratio ≤ 60% of the threshold) to amber (just below it); at or above it green, darker the
 * further above. Light tones so the printed text stays readable; the ✓/✗ mark carries the meaning.
 */
export function ratioColour(ratio: number, threshold: number): string {
  if (ratio >= threshold) {
    const above = Math.min(1, (ratio - threshold) / 0.15);
    return `hsl(130, 50%, ${Math.round(84 - 14 * above)}%)`;
  }
  const x = Math.max(0, Math.min(1, (ratio - 0.6 * threshold) / (0.4 * threshold)));
  return `hsl(${Math.round(45 * x)}, 85%, ${Math.round(78 + 8 * x)}%)`;
}

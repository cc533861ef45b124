import { heatRamp, hsl } from '../../styles/tokens';

/**
 * Background colour of a heatmap cell from its ratio to the frontier bar: below the threshold from
 * red (ratio ≤ 60% of the threshold) to amber (just below it); at or above it green, darker the
 * further above. Light tones so the printed text stays readable; the ✓/✗ mark carries the meaning.
 */
export function ratioColour(ratio: number, threshold: number): string {
  if (ratio >= threshold) {
    const above = Math.min(1, (ratio - threshold) / 0.15);
    const { hue, saturation, lightness } = heatRamp.above;
    return hsl(hue, saturation, lightness.from + (lightness.to - lightness.from) * above);
  }
  const x = Math.max(0, Math.min(1, (ratio - 0.6 * threshold) / (0.4 * threshold)));
  const { hue, saturation, lightness } = heatRamp.below;
  return hsl(hue.from + (hue.to - hue.from) * x, saturation, lightness.from + (lightness.to - lightness.from) * x);
}

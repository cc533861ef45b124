import { colour, seriesColours } from '../styles/tokens';

export const colourAt = (i: number): string => seriesColours[i % seriesColours.length];

/** Shares of a sequence (ranks), dark for the first: steps of one hue from colour.rankFirst to colour.rankLast. */
export function sequential(count: number): string[] {
  const from = rgbOf(colour.rankFirst);
  const to = rgbOf(colour.rankLast);
  return Array.from({ length: count }, (_, i) => {
    const f = count > 1 ? i / (count - 1) : 0;
    const c = from.map((x, k) => Math.round(x + (to[k] - x) * f));
    return `#${c.map((x) => x.toString(16).padStart(2, '0')).join('')}`;
  });
}

/** The red, green and blue of a `#rrggbb` token. */
function rgbOf(hex: string): number[] {
  const n = parseInt(hex.slice(1), 16);
  return [n >> 16, (n >> 8) & 255, n & 255];
}
